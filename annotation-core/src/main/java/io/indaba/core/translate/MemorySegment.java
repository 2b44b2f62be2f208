package io.indaba.core.translate;

/**
 * One source/target pair held in a memory index: a project translation (item and field set) or an imported
 * memory entry (entry id set).
 */
record MemorySegment(Key key, String source, String target, String origin, MatchText text) {

    /** Identity of a segment, so a re-saved translation replaces its older version. */
    record Key(long itemId, String field, long entryId) {
        static Key ofTranslation(long itemId, String field) {
            return new Key(itemId, field, 0);
        }

        static Key ofEntry(long entryId) {
            return new Key(0, "", entryId);
        }
    }

    static MemorySegment ofTranslation(long itemId, String field, String source, String target) {
        return new MemorySegment(Key.ofTranslation(itemId, field), source, target, TmMatch.PROJECT,
                MatchText.of(source));
    }

    static MemorySegment ofEntry(MemoryEntry entry) {
        return new MemorySegment(Key.ofEntry(entry.id()), entry.sourceText(), entry.targetText(), entry.origin(),
                MatchText.of(entry.sourceText()));
    }
}
