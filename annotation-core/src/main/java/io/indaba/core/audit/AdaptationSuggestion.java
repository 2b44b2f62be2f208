package io.indaba.core.audit;

/**
 * A reviewer's suggested text for one translated field of one item, and the lead's decision on it: open
 * ({@code decision} null), {@code accepted} (then {@code translationId} names the translation it revised, with
 * origin {@code adaptation}) or {@code rejected}.
 */
public record AdaptationSuggestion(long id, long itemId, String externalId, String lang, String field, String text,
                                   String currentText, String reviewerId, String createdAt, String decision,
                                   String decidedBy, String reason, Long translationId) {

    /** Whether the lead has not decided it yet. */
    public boolean open() {
        return decision == null;
    }
}
