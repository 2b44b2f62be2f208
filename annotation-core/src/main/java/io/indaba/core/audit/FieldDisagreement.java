package io.indaba.core.audit;

import java.util.List;
import java.util.Map;

/** One field of one item on which reviewers answered differently: every vote and note, and any decision. */
public record FieldDisagreement(long itemId, String externalId, String lang, String field,
                                Map<String, List<String>> votes, Map<String, String> notes, AuditDecision decision) {
}
