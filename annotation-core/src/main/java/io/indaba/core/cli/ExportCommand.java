package io.indaba.core.cli;

import io.indaba.core.formats.ExportOptions;
import io.indaba.core.formats.ExportReport;
import io.indaba.core.formats.Exporter;
import io.indaba.core.formats.Formats;
import io.indaba.core.project.LanguageTags;
import io.indaba.core.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba export}: writes a dataset; files appear whole or not at all. */
@Command(name = "export", description = "Export a dataset. Files are written to a temporary name, synced and renamed.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "output format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "output file (or folder for per-file formats)")
    Path out;

    @Option(names = "--lang", paramLabel = "TAG", description = "the language to export")
    String lang;

    @Option(names = "--policy", paramLabel = "judgement|majority", description = "preference exports: one row per judgement or per majority decision")
    String policy;

    @Option(names = "--implicit-prompt", description = "dpo-conversational: chosen/rejected hold the whole conversation")
    boolean implicitPrompt;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "a format-specific option (repeatable), e.g. license=cc-by-4.0")
    Map<String, String> flags = new LinkedHashMap<>();

    @Override
    public Integer call() {
        Exporter exporter = Formats.exporter(format);
        Map<String, String> all = new LinkedHashMap<>(flags);
        if (policy != null) {
            all.put("policy", policy);
        }
        if (implicitPrompt) {
            all.put("implicit-prompt", "true");
        }
        String tag = lang == null ? null : LanguageTags.validate(lang);
        PrintWriter o = spec.commandLine().getOut();
        try (Project p = project.open();
             TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "exporting", "records")) {
            ExportReport report = exporter.export(p, new ExportOptions(out, tag, all), progress);
            progress.close();
            if (project.json) {
                JsonOut.print(o, report);
            } else {
                o.printf("%s: %,d records written to %s%n", report.format(), report.records(),
                        report.files().size() == 1 ? report.files().get(0) : report.files().size() + " files in " + out);
                report.notes().forEach(n -> o.println("  " + n));
            }
        }
        return 0;
    }
}
