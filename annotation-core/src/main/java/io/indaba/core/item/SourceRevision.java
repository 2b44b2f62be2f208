package io.indaba.core.item;

import java.util.Map;

/** The source of an item as it was before an import replaced it, with who replaced it and when. */
public record SourceRevision(long id, long itemId, ItemKind kind, String collection, Map<String, String> fields,
                             String answer, String sourceHash, String replacedBy, String replacedAt, String note) {
}
