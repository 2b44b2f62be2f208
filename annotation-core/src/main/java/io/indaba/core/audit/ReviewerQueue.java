package io.indaba.core.audit;

/** One reviewer's audit queue in one language: items assigned, audited among them, and left. */
public record ReviewerQueue(String reviewerId, String displayName, int assigned, int audited) {

    /** Assigned items the reviewer has not audited yet. */
    public int left() {
        return assigned - audited;
    }
}
