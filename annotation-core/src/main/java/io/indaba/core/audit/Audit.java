package io.indaba.core.audit;

import java.util.List;

/** One reviewer's cultural labels on one item in one language, and the adjudicated resolution if any. */
public record Audit(long id, long itemId, String lang, String reviewerId, List<String> labels, String note,
                    String resolution, String createdAt) {
    public Audit {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
