package io.indaba.core.cli;

import io.indaba.core.Progress;
import io.indaba.core.formats.Export;
import io.indaba.core.formats.ExportOptions;
import io.indaba.core.formats.ExportReport;
import io.indaba.core.formats.Formats;
import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba report --audit}: the audit statistics as one HTML page readable offline, with no script. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a shareable HTML report (inline CSS and SVG charts, no script): with --audit, the "
                + "cultural audit's agreement per field, distributions, labels per subject and reviewer agreement. "
                + "The same as export --format audit-html; an existing file is replaced only with --force.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--audit", required = true, description = "report on the cultural audit")
    boolean audit;

    @Option(names = "--lang", converter = LanguageTagOption.class, paramLabel = "TAG", description = "only this language")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the HTML file to write")
    Path out;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
            description = "bootstrap resamples behind the alpha intervals (default: ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = {"-f", "--force"}, description = "replace an existing file")
    boolean force;

    @Override
    public Integer call() {
        if (bootstrap < 0 || bootstrap > StatsCommand.MAX_BOOTSTRAP) {
            throw new IllegalArgumentException("--bootstrap must be between 0 and " + StatsCommand.MAX_BOOTSTRAP);
        }
        try (Project p = project.open()) {
            ExportReport report = Export.run(Formats.exporter("audit-html"), p, new ExportOptions(out,
                    lang, Map.of("bootstrap", Integer.toString(bootstrap)),
                    force), Progress.NONE);
            spec.commandLine().getOut().printf("audit report (%d languages) written to %s%n", report.records(), out);
        }
        return 0;
    }
}
