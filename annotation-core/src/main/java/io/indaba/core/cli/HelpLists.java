package io.indaba.core.cli;

import io.indaba.core.formats.Exporter;
import io.indaba.core.formats.Formats;
import io.indaba.core.formats.Importer;
import io.indaba.core.qa.QaCheck;
import io.indaba.core.qa.QaCheckRegistry;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;

/** The values a user must choose from, listed under a command's --help: formats per direction and QA check ids. */
final class HelpLists {

    private static final int WIDTH = 79;

    private HelpLists() {
    }

    /** Adds the lists to {@code import}, {@code export} and {@code qa}; read from the registries, so never stale. */
    static void addTo(CommandLine cli) {
        footer(cli, "import", "%nFormats (--format; detected when absent):",
                Formats.importers(), Importer::id, Importer::description);
        footer(cli, "export", "%nFormats (--format):", Formats.exporters(), Exporter::id, Exporter::description);
        String formats = cli.getSubcommands().get("export").getCommandSpec().usageMessage().footer()[0];
        cli.getSubcommands().get("export").getCommandSpec().usageMessage().footer(formats + ExportCommand.SCORES);
        footer(cli, "qa", "%nChecks (--check):", QaCheckRegistry.standard().all(), QaCheck::id, QaCheck::description);
    }

    private static <T> void footer(CommandLine cli, String command, String title, List<T> values,
                                   Function<T, String> id, Function<T, String> description) {
        int width = values.stream().mapToInt(v -> id.apply(v).length()).max().orElse(0);
        StringBuilder s = new StringBuilder(title);
        for (T v : values) {
            // picocli reads the footer as a format string: a literal % in a description must stay one
            String head = "  " + String.format("%-" + width + "s", id.apply(v)) + "  ";
            for (String line : wrap(head, description.apply(v))) {
                s.append("%n").append(line.replace("%", "%%"));
            }
        }
        cli.getSubcommands().get(command).getCommandSpec().usageMessage().footer(s.toString());
    }

    /**
     * The description wrapped under its own column (picocli would wrap a long footer line to the left margin,
     * losing the columns), so every word of it is shown.
     */
    private static List<String> wrap(String head, String text) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        String indent = " ".repeat(head.length());
        for (String word : text.split(" ")) {
            if (line.length() > head.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > head.length() && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
