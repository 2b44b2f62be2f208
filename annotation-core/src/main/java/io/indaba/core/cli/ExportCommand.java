package io.indaba.core.cli;

import io.indaba.core.formats.Export;
import io.indaba.core.formats.ExportOptions;
import io.indaba.core.formats.ExportReport;
import io.indaba.core.formats.Exporter;
import io.indaba.core.formats.Formats;
import io.indaba.core.project.Project;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code indaba export}: writes a dataset; files appear whole or not at all, and never over a project. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a dataset. Files are written to a temporary name, synced and renamed; an existing file "
                + "is replaced only with --force, and a project or backup never.")
final class ExportCommand implements Callable<Integer> {

    /** Which source wins for scores and margins, under the format list of {@code export --help}. */
    static final String SCORES = "%n%nScores and margins (dpo, reward, kto and their -conversational forms):"
            + "%n  a response's imported score (score_chosen/score_rejected, UltraFeedback"
            + "%n  overall_score) and per-aspect ratings are written as chosen_score,"
            + "%n  rejected_score and *_ratings (kto: score, ratings). reward's margin: the"
            + "%n  human strength 1..3 when one was recorded, else chosen_score -"
            + "%n  rejected_score when positive, else 1; margin_source says which won.";

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "output format (listed below)")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "output file (or folder for per-file formats)")
    String out;

    @Option(names = "--lang", converter = LanguageTagOption.class, paramLabel = "TAG", description = "the language to export")
    String lang;

    @Option(names = "--policy", paramLabel = "judgement|majority", description = "preference exports: one row per judgement or per majority decision")
    String policy;

    @Option(names = "--implicit-prompt", description = "dpo-conversational: chosen/rejected hold the whole conversation")
    boolean implicitPrompt;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "a format-specific option (repeatable), e.g. license=cc-by-4.0")
    Map<String, String> flags = new LinkedHashMap<>();

    @Option(names = "--subset", paramLabel = "LABEL", description = "only the items carrying this audit label in --lang: "
            + "culturally-sensitive, culturally-agnostic, appropriate, adapted (or a label of the project's own rules)")
    String subset;

    @Option(names = {"-f", "--force"}, description = "replace existing files (and a README.md beside a preference export)")
    boolean force;

    @Override
    public Integer call() {
        Exporter exporter = Formats.exporter(format);
        Path target = target(exporter);
        Map<String, String> all = new LinkedHashMap<>(flags);
        if (policy != null) {
            all.put("policy", policy);
        }
        if (implicitPrompt) {
            all.put("implicit-prompt", "true");
        }
        if (subset != null) {
            all.put(Export.SUBSET, subset);
        }
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Project p = project.open();
             TerminalProgress progress = new TerminalProgress(err, "exporting", "records")) {
            ExportReport report = Export.run(exporter, p, new ExportOptions(target, lang, all, force), progress);
            progress.close();
            if (project.json) {
                JsonOut.print(o, report);
            } else {
                o.printf("%s: %,d records written to %s%n", report.format(), report.records(),
                        report.files().size() == 1 ? report.files().get(0) : report.files().size() + " files in " + target);
                report.notes().forEach(n -> o.println("  " + n));
            }
            if (report.records() == 0) {
                err.println("indaba: nothing was exported: " + (exporter.writesJudgements()
                        ? whyNoPreferences(p) : whyNothing(p)));
                return Main.FAILED;
            }
        }
        return 0;
    }

    /** The output path; a trailing slash or an existing folder means a folder, which only per-file formats write. */
    private Path target(Exporter exporter) {
        Path path = Path.of(out);
        boolean folder = out.endsWith("/") || out.endsWith(File.separator) || Files.isDirectory(path);
        if (folder && !exporter.writesFolder()) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a folder, but " + exporter.id()
                    + " writes one file; give a file name, e.g. " + path.resolve("export." + extension(exporter)));
        }
        if (!folder && exporter.writesFolder() && Files.isRegularFile(path)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, but " + exporter.id()
                    + " writes a folder of files; give a folder");
        }
        return path;
    }

    private static String extension(Exporter exporter) {
        return switch (exporter.id()) {
            case "winogrande-csv", "bilingual-csv", "audit-csv" -> "csv";
            case "xliff" -> "xlf";
            case "audit-html" -> "html";
            case "tmx" -> "tmx";
            default -> "jsonl";
        };
    }

    /** Preference rows come from judgements: say whether there are none at all, or none this format can write. */
    private String whyNoPreferences(Project p) {
        long judgements = p.judgements().countsByLanguage().values().stream().mapToLong(Long::longValue).sum();
        long candidates = p.candidates().countsByLanguage().values().stream().mapToLong(Long::longValue).sum();
        if (judgements == 0) {
            return "the project has no judgements" + (candidates > 0 ? " (" + candidates + " candidates are waiting "
                    + "to be judged; an imported file's decisions become judgements with import --map judgement=true)"
                    : "");
        }
        if (lang != null && !p.judgements().countsByLanguage().containsKey(lang)) {
            return "no judgement is in " + lang + " (judged languages: "
                    + String.join(", ", p.judgements().countsByLanguage().keySet()) + ")";
        }
        return "none of the " + judgements + " judgements has a " + format + " form (see the counts above)";
    }

    private String whyNothing(Project p) {
        if (lang == null) {
            return "the project holds nothing this format writes";
        }
        if (lang.equals(p.settings().sourceLang())) {
            return lang + " is the project's source language; leave out --lang to export the source text";
        }
        return "the project has nothing in " + lang + " for " + format + " (target languages: "
                + String.join(", ", p.settings().targetLangs()) + ")";
    }
}
