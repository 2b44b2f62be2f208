package io.indaba.core.formats;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and what to export: the output path, a language, format-specific flags ({@code --policy}, ...) and whether
 * existing files may be replaced ({@code --force}).
 */
public record ExportOptions(Path out, String lang, Map<String, String> flags, boolean replace) {
    public ExportOptions {
        flags = flags == null ? Map.of() : Map.copyOf(flags);
    }

    /** Options that never replace an existing file. */
    public ExportOptions(Path out, String lang, Map<String, String> flags) {
        this(out, lang, flags, false);
    }

    /** A flag's value, or {@code fallback}. */
    public String flag(String name, String fallback) {
        return flags.getOrDefault(name, fallback);
    }
}
