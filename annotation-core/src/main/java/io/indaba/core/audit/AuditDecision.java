package io.indaba.core.audit;

import java.util.List;

/**
 * An adjudicator's answer to one field of one item in one language under one guideline version, with a reason:
 * a record of its own that never changes a reviewer's audit.
 */
public record AuditDecision(long id, long itemId, String lang, String field, int guidelineVersion, List<String> answer,
                            String reason, String adjudicatorId, String createdAt) {
    public AuditDecision {
        answer = List.copyOf(answer);
    }
}
