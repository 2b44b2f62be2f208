package io.indaba.core.translate;

import java.util.Map;

/**
 * One row of the project's translation memory table: an imported TMX unit or an imported machine translation.
 *
 * @param id     database id, 0 before it is stored
 * @param origin where it came from, e.g. {@code tmx:legal.tmx} or {@code mt:virology_dev_am.csv}
 * @param meta   free-form provenance (e.g. the item and field a machine draft belongs to)
 */
public record MemoryEntry(long id, String sourceLang, String targetLang, String sourceText, String targetText,
                          String origin, Map<String, String> meta) {

    public MemoryEntry {
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }

    /** A new entry, not yet stored. */
    public static MemoryEntry of(String sourceLang, String targetLang, String sourceText, String targetText,
                                 String origin, Map<String, String> meta) {
        return new MemoryEntry(0, sourceLang, targetLang, sourceText, targetText, origin, meta);
    }

    /** The same entry with its database id. */
    MemoryEntry withId(long newId) {
        return new MemoryEntry(newId, sourceLang, targetLang, sourceText, targetText, origin, meta);
    }
}
