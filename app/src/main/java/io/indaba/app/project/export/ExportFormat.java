package io.indaba.app.project.export;

import io.indaba.core.formats.Exporter;
import java.util.EnumSet;
import java.util.Set;

/**
 * An export format as the dialog offers it: the core exporter plus what the dialog must know about it and the
 * exporter does not say (whether it writes one file or a folder, its file extension, which flags it reads and
 * whether it needs a language). Formats the table does not know get a plain file and no options.
 */
public record ExportFormat(Exporter exporter, boolean writesFolder, String extension, Set<ExportOption> options,
                           boolean needsLanguage) {

    public ExportFormat {
        options = options.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(options));
    }

    /** The dialog's view of {@code exporter}. */
    public static ExportFormat of(Exporter exporter) {
        Set<ExportOption> preference = EnumSet.of(ExportOption.POLICY, ExportOption.CARD);
        return switch (exporter.id()) {
            case "dpo", "reward", "reward-conversational", "rankings", "battles" ->
                    new ExportFormat(exporter, false, "jsonl", preference, false);
            case "dpo-conversational" -> new ExportFormat(exporter, false, "jsonl",
                    with(preference, ExportOption.IMPLICIT_PROMPT), false);
            case "kto", "kto-conversational" -> new ExportFormat(exporter, false, "jsonl", with(preference, ExportOption.KTO_BOTH_BAD), false);
            case "mmlu-csv" -> new ExportFormat(exporter, true, "", Set.of(), false);
            case "winogrande-csv" -> new ExportFormat(exporter, false, "csv", Set.of(), false);
            case "bilingual-csv" -> new ExportFormat(exporter, false, "csv", Set.of(), true);
            case "xliff", "xliff12" -> new ExportFormat(exporter, false, "xlf", Set.of(), true);
            case "tmx" -> new ExportFormat(exporter, false, "tmx", Set.of(), false);
            case "tbx" -> new ExportFormat(exporter, false, "tbx", Set.of(), true);
            case "glossary-csv" -> new ExportFormat(exporter, false, "csv", Set.of(), true);
            case "audit-csv" -> new ExportFormat(exporter, false, "csv", Set.of(), false);
            case "audit-html" -> new ExportFormat(exporter, false, "html", Set.of(), false);
            // every judgement as made: the majority policy does not apply
            case "preference-jsonl" -> new ExportFormat(exporter, false, "jsonl", Set.of(ExportOption.CARD), false);
            default -> new ExportFormat(exporter, false, "jsonl", Set.of(), false);
        };
    }

    private static Set<ExportOption> with(Set<ExportOption> base, ExportOption extra) {
        Set<ExportOption> out = EnumSet.copyOf(base);
        out.add(extra);
        return out;
    }

    /** The format name used on the command line. */
    public String id() {
        return exporter.id();
    }

    /** Whether {@code option} applies to this format. */
    public boolean has(ExportOption option) {
        return options.contains(option);
    }

    /** How the format is listed: its id and the exporter's description. */
    public String label() {
        return exporter.id() + " — " + exporter.description();
    }
}
