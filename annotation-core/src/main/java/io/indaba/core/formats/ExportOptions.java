package io.indaba.core.formats;

import java.nio.file.Path;
import java.util.Map;

/** Where and what to export: the output path, a language, and format-specific flags ({@code --policy}, ...). */
public record ExportOptions(Path out, String lang, Map<String, String> flags) {
    public ExportOptions {
        flags = flags == null ? Map.of() : Map.copyOf(flags);
    }

    /** A flag's value, or {@code fallback}. */
    public String flag(String name, String fallback) {
        return flags.getOrDefault(name, fallback);
    }
}
