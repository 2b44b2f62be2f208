package io.indaba.core.prefer;

/** A prompt item that can be compared in a language (two or more candidates there), named by its external id. */
public record PromptRef(long itemId, String externalId) {
}
