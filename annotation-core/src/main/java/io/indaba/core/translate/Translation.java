package io.indaba.core.translate;

/** The current translation of one field of one item into one language. */
public record Translation(long id, long itemId, String field, String lang, String text, TranslationStatus status,
                          String sourceHash, boolean sourceChanged, String updatedBy, String updatedAt) {
}
