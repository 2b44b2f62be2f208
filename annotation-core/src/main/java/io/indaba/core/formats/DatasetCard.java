package io.indaba.core.formats;

import io.indaba.core.prefer.Policy;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Hugging Face dataset card written beside an export as {@code README.md}: YAML front matter (languages,
 * licence, size category, task, the data file as the default config) and a body listing every column.
 */
final class DatasetCard {

    private DatasetCard() {
    }

    /**
     * Writes the card as {@code README.md}; a README already there is the user's and is kept unless they asked to
     * replace files, and the card goes to {@link #besideName} instead (or nowhere, when that exists too).
     */
    static Optional<Path> write(Project project, PreferenceExporter format, ExportOptions options, Policy policy,
                                ExportTally tally) throws IOException {
        Path data = options.out().toAbsolutePath();
        Path card = data.resolveSibling("README.md");
        if (Files.exists(card) && (!OutputGuard.mayReplace() || cardOfAnother(card, data))) {
            // several exports into one folder: each keeps its own card, even under --force
            card = data.resolveSibling(besideName(data));
            if (Files.exists(card) && !OutputGuard.mayReplace()) {
                return Optional.empty();
            }
        }
        String text = text(project.settings().name(), format, options, policy, tally, data.getFileName().toString());
        AtomicFile.write(card, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return Optional.of(card);
    }

    /** Whether {@code readme} is a card Indaba wrote for another data file in the same folder. */
    static boolean cardOfAnother(Path readme, Path data) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        return text.startsWith("---\n") && text.contains("\n- indaba\n")
                && !text.contains("    path: " + quote(data.getFileName().toString()) + "\n");
    }

    /** The card's name when a README.md is already there: the data file's name with {@code .card.md}. */
    static String besideName(Path data) {
        String name = data.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".card.md";
    }

    static String text(String projectName, PreferenceExporter format, ExportOptions options, Policy policy,
                       ExportTally tally, String dataFile) {
        // the Hub's language field takes ISO 639 codes: the primary subtags; the full tags are listed in the body
        TreeSet<String> primary = new TreeSet<>();
        tally.languages().forEach(t -> primary.add(t.split("-")[0].toLowerCase(Locale.ROOT)));
        StringBuilder s = new StringBuilder("---\n");
        s.append("language:\n");
        primary.forEach(l -> s.append("- ").append(l).append('\n'));
        s.append("license: ").append(quote(options.flag("license", "other"))).append('\n');
        s.append("size_categories:\n- ").append(sizeCategory(tally.rows())).append('\n');
        s.append("task_categories:\n- ").append(format.task()).append('\n');
        s.append("tags:\n- ").append(format.id()).append("\n- preference\n- indaba\n");
        s.append("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: ")
                .append(quote(dataFile)).append('\n');
        s.append("---\n\n");
        s.append("# ").append(projectName).append(" — ").append(format.id()).append(" preference data\n\n");
        s.append("Exported by Indaba on ").append(LocalDate.now(ZoneOffset.UTC)).append(" as `").append(format.id())
                .append("` (").append(format.description()).append("), policy `")
                .append(policy.name().toLowerCase(Locale.ROOT)).append('`');
        if (options.lang() != null) {
            s.append(", responses in `").append(options.lang()).append('`');
        }
        s.append(".\n\n").append(tally.rows()).append(" rows in `").append(dataFile).append("`.\n");
        for (String note : tally.notes()) {
            s.append("- ").append(note).append('\n');
        }
        s.append("\n## Languages\n\n");
        for (String tag : tally.languages()) {
            s.append("- `").append(tag).append("` ").append(LanguageTags.displayName(tag)).append('\n');
        }
        s.append("\n## Columns\n\n| column | meaning |\n|---|---|\n");
        for (Column c : format.columns(options)) {
            s.append("| `").append(c.name()).append("` | ").append(c.meaning().replace("|", "\\|")).append(" |\n");
        }
        return s.toString();
    }

    static String sizeCategory(long n) {
        if (n < 1_000) {
            return "n<1K";
        }
        String[] names = {"1K", "10K", "100K", "1M", "10M", "100M", "1B"};
        long low = 1_000;
        for (int i = 0; i < names.length - 1; i++) {
            if (n < low * 10) {
                return names[i] + "<n<" + names[i + 1];
            }
            low *= 10;
        }
        return "1B<n<10B";
    }

    /**
     * A YAML double-quoted scalar, so no file name or licence text can break the front matter: every character YAML
     * does not allow raw (C0 and C1 controls, DEL, the line and paragraph separators, the BOM, a lone surrogate) is
     * escaped.
     */
    static String quote(String v) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            boolean pair = Character.isHighSurrogate(ch) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1));
            if (pair) {
                s.append(ch).append(v.charAt(++i));
            } else if (ch == '"') {
                s.append("\\\"");
            } else if (ch == '\\') {
                s.append("\\\\");
            } else if (ch == '\n') {
                s.append("\\n");
            } else if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) {
                s.append(String.format("\\x%02x", (int) ch));
            } else if (ch == 0x2028 || ch == 0x2029 || ch == 0xfeff || ch >= 0xfffe || Character.isSurrogate(ch)) {
                s.append(String.format("\\u%04x", (int) ch));
            } else {
                s.append(ch);
            }
        }
        return s.append('"').toString();
    }
}
