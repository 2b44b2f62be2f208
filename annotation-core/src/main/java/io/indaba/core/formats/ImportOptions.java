package io.indaba.core.formats;

import java.util.Map;

/**
 * How to import: the target language of translated input, whether to skip bad rows (all-or-nothing otherwise),
 * a field mapping for generic JSONL/CSV ({@code item field -> input column}), how to attach translations to their
 * English items ({@code "position"} or {@code "id"}) and who is importing.
 */
public record ImportOptions(String targetLang, boolean skipBadRows, Map<String, String> mapping, String attachBy,
                            String actor) {

    public ImportOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        attachBy = attachBy == null ? "id" : attachBy;
        actor = actor == null ? System.getProperty("user.name", "indaba") : actor;
    }

    /** Defaults: source import, all-or-nothing, no mapping. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, false, Map.of(), "id", null);
    }
}
