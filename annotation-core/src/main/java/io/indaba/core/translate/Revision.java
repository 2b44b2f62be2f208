package io.indaba.core.translate;

/** One saved version of a translation: who, when, where from. */
public record Revision(long id, long translationId, String text, TranslationStatus status, Origin origin,
                       String author, String createdAt, String note) {
}
