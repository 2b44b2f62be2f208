package io.indaba.core.cli;

import io.indaba.core.packages.AnnotatorPackage;
import io.indaba.core.packages.MergeReport;
import io.indaba.core.packages.PackageContents;
import io.indaba.core.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code indaba package export|merge}: the annotator packages of File ▸ Export annotator package / Merge returned
 * package, from the command line, on the same core and with the same guarantees.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Annotator packages: a project file holding one annotator's assignment, and merging it back.",
        subcommands = {PackageCommand.Export.class, PackageCommand.Merge.class})
final class PackageCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code indaba package export}: writes one annotator's package; an existing file is never replaced. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the package for one annotator: their profile, assigned items (or, with no "
                    + "assignment, every prompt with responses in a language they read), candidates and their earlier "
                    + "judgements. The lead's project records what was granted; a merge is held to it.",
                    "The output must not exist; it is written under a temporary name and renamed when complete."})
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--annotator", required = true, paramLabel = "ID", description = "the annotator's id (see Team)")
        String annotator;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the package file to write, e.g. ann-01.indaba")
        Path out;

        @Override
        public Integer call() {
            PackageContents contents;
            try (Project p = project.open()) {
                contents = AnnotatorPackage.export(p, annotator, out);
            }
            PrintWriter o = spec.commandLine().getOut();
            if (project.json) {
                JsonOut.print(o, contents);
            } else {
                o.printf("package for %s written to %s: %,d items, %,d candidates, %,d earlier judgements%s%n",
                        contents.annotatorId(), contents.file(), contents.items(), contents.candidates(),
                        contents.judgements(), contents.assignedByLanguage()
                                ? " (no assignment: every prompt in a language the annotator reads)" : "");
            }
            return 0;
        }
    }

    /** {@code indaba package merge}: adds a returned package's new judgements; never overwrites, lists refusals. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Merge a returned package into the project: new judgements by the package's annotator on "
                    + "the items it was given are added; identical ones are ignored; anything else (changed "
                    + "judgements, adjudications, votes by another annotator, items it was not given) is refused and "
                    + "listed. Nothing stored is ever overwritten.",
                    "Exit status: 0 when everything was merged or already present, 1 when something was refused."})
    static final class Merge implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "1", paramLabel = "PACKAGE", description = "the returned package file")
        Path returned;

        @Override
        public Integer call() {
            MergeReport report;
            try (Project p = project.open()) {
                report = AnnotatorPackage.merge(p, returned);
            }
            PrintWriter o = spec.commandLine().getOut();
            if (project.json) {
                JsonOut.print(o, report);
            } else {
                o.printf("merged %s's package: %,d judgements added, %,d already present (ignored), %,d edited "
                                + "responses added, %,d refused%n", report.annotatorId(), report.added(),
                        report.identical(), report.candidatesAdded(), report.conflicts().size());
                report.conflicts().forEach(c -> o.println("  refused " + c.uid() + ": " + c.reason()));
            }
            return report.conflicts().isEmpty() ? 0 : Main.FAILED;
        }
    }
}
