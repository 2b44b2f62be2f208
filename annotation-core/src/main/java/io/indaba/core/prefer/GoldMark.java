package io.indaba.core.prefer;

/** One gold item: a prompt in a language with the decision a careful annotator is expected to make. */
public record GoldMark(long itemId, String externalId, String lang, String expectedWinner, String expectedJson) {
}
