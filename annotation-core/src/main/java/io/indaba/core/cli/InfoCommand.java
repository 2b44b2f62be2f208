package io.indaba.core.cli;

import io.indaba.core.project.Project;
import io.indaba.core.project.ProjectInfo;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code indaba info}: schema version and counts per language. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the schema version and counts of items, translations, candidates, judgements and audits per language.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Override
    public Integer call() {
        try (Project p = project.openReadOnly()) {
            ProjectInfo info = p.info();
            PrintWriter out = spec.commandLine().getOut();
            if (project.json) {
                JsonOut.print(out, info);
                return 0;
            }
            out.printf("%s — %s%n", info.name(), info.file());
            out.printf("schema version %d, source language %s%n", info.schemaVersion(), info.sourceLang());
            out.printf("items: %,d", info.items());
            for (Map.Entry<String, Long> e : info.itemsByKind().entrySet()) {
                if (e.getValue() > 0) {
                    out.printf("  %s %,d", e.getKey(), e.getValue());
                }
            }
            out.println();
            if (!info.unlabeledByKind().isEmpty()) {
                out.print("unlabeled (no answer key):");
                info.unlabeledByKind().forEach((kind, n) -> out.printf("  %s %,d", kind, n));
                out.println();
            }
            out.printf("%-10s %-22s %12s %10s %10s %10s %8s%n", "language", "name", "translations", "finished",
                    "candidates", "judgements", "audits");
            for (ProjectInfo.LanguageCounts l : info.languages().values()) {
                out.printf("%-10s %-22s %,12d %,10d %,10d %,10d %,8d%n", l.tag() + (l.target() ? "" : "*"),
                        l.displayName(), l.translations(), l.finishedTranslations(), l.candidates(), l.judgements(),
                        l.audits());
            }
            out.println("(* not a target language)");
        }
        return 0;
    }
}
