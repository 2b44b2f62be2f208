package io.indaba.core.translate;

/**
 * One saved version of a translation: who, when, where from, and the machine draft it started from (null when none).
 */
public record Revision(long id, long translationId, String text, TranslationStatus status, Origin origin,
                       String author, String createdAt, String note, DraftSource draft) {

    /** A revision that did not start from a machine draft. */
    public Revision(long id, long translationId, String text, TranslationStatus status, Origin origin,
                    String author, String createdAt, String note) {
        this(id, translationId, text, status, origin, author, createdAt, note, null);
    }
}
