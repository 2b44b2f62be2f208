package io.indaba.core.formats;

import java.util.Map;

/**
 * How to import: the target language of translated input, whether to skip bad rows (all-or-nothing otherwise),
 * a field mapping for generic JSONL/CSV ({@code item field -> input column}), how to attach translations to their
 * English items ({@code "position"} or {@code "id"}), who is importing, whether the file may replace stored source
 * items' kind, fields or answer key ({@code replaceSource}), and whether translations may be stored under
 * {@code targetLang} when the file names another language ({@code relabelLang}), and whether to only report what
 * the import would change ({@code dryRun}).
 */
public record ImportOptions(String targetLang, boolean skipBadRows, Map<String, String> mapping, String attachBy,
                            String actor, boolean replaceSource, boolean relabelLang, boolean dryRun) {

    public ImportOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        attachBy = attachBy == null ? "id" : attachBy;
        actor = actor == null ? System.getProperty("user.name", "indaba") : actor;
    }

    /** Options for an import that is kept. */
    public ImportOptions(String targetLang, boolean skipBadRows, Map<String, String> mapping, String attachBy,
                         String actor, boolean replaceSource, boolean relabelLang) {
        this(targetLang, skipBadRows, mapping, attachBy, actor, replaceSource, relabelLang, false);
    }

    /** Options that neither replace source items nor relabel a file's language. */
    public ImportOptions(String targetLang, boolean skipBadRows, Map<String, String> mapping, String attachBy,
                         String actor) {
        this(targetLang, skipBadRows, mapping, attachBy, actor, false, false);
    }

    /** Defaults: source import, all-or-nothing, no mapping. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, false, Map.of(), "id", null);
    }

    /** The same options, allowed to replace stored source items. */
    public ImportOptions replacingSource() {
        return new ImportOptions(targetLang, skipBadRows, mapping, attachBy, actor, true, relabelLang, dryRun);
    }

    /** The same options for a dry run: {@link ImportRun} reports what would change and keeps nothing. */
    public ImportOptions dryRunning() {
        return new ImportOptions(targetLang, skipBadRows, mapping, attachBy, actor, replaceSource, relabelLang, true);
    }
}
