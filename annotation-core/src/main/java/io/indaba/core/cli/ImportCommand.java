package io.indaba.core.cli;

import io.indaba.core.formats.Formats;
import io.indaba.core.formats.ImportOptions;
import io.indaba.core.formats.ImportReport;
import io.indaba.core.formats.ImportRun;
import io.indaba.core.formats.Importer;
import io.indaba.core.project.Project;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indaba import}: reads files into a project; each file all-or-nothing unless bad rows may be skipped. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import files into a project. The format is detected when --format is absent; "
        + "each file is imported whole or not at all unless --skip-bad-rows is given.")
final class ImportCommand implements Callable<Integer> {

    /** Bad rows listed one a line; beyond this they are summarised as counts per reason. */
    private static final int SKIPS_SHOWN = 10;

    /** Changed translations listed in text output; a CAT tool's bulk overwrite can touch thousands. */
    private static final int CHANGES_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "files to import")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "input format (listed below)")
    String format;

    @Option(names = "--target-lang", converter = LanguageTagOption.class, paramLabel = "TAG", description = "the file holds translations into this language")
    String targetLang;

    @Option(names = "--skip-bad-rows", description = "import the good rows and report each bad one (counts per reason when many); exit 1 when every row was bad")
    boolean skipBadRows;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "map an input column to an item field (repeatable): id=qID, answer=label, question=text; "
            + "preference formats: FIELD=COLUMN reads COLUMN as FIELD (e.g. prompt=question); judgement=true|false "
            + "imports the file's decisions as judgements or not (default: true for preference-jsonl, arena-battles "
            + "and kto, false for the others; the summary says which); annotator=COLUMN says who made them")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--attach-by", paramLabel = "position|id", description = "attach translated files to English items by row position or by id (default: id)")
    String attachBy;

    @Option(names = "--replace-source", description = "let the file change a stored item's kind, fields or answer key (the previous source is kept in its history)")
    boolean replaceSource;

    @Option(names = "--relabel-lang", description = "store an XLIFF file's translations under --target-lang even though the file names another language")
    boolean relabelLang;

    @Option(names = "--dry-run", description = "show what the import would add and which stored translations it would change, and keep nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String target = targetLang; // checked and normalised by LanguageTagOption
        if (attachBy != null && !attachBy.equals("position") && !attachBy.equals("id")) {
            throw new IllegalArgumentException("--attach-by must be 'position' or 'id', not '" + attachBy + "'");
        }
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                throw new IllegalArgumentException(f + ": is a folder; give the files in it");
            }
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException(f + ": no such file");
            }
        }
        ImportOptions options = new ImportOptions(target, skipBadRows, mapping, attachBy, project.actor(),
                replaceSource, relabelLang, dryRun);
        List<ImportReport> reports = new ArrayList<>();
        try (Project p = project.open()) {
            for (Path f : files) {
                Importer importer = format == null ? Formats.detect(f) : Formats.importer(format);
                ImportReport report;
                try (TerminalProgress progress = new TerminalProgress(err, "importing " + f.getFileName(), "rows")) {
                    report = ImportRun.run(importer, p, f, options, progress);
                } catch (RuntimeException e) {
                    if (!reports.isEmpty()) {
                        err.println("indaba: " + (dryRun ? "checked" : "kept") + " the " + reports.size()
                            + " file(s) imported before " + f.getFileName());
                    }
                    throw e;
                }
                reports.add(report);
                if (!project.json) {
                    print(out, err, f, report);
                }
            }
        }
        if (project.json) {
            JsonOut.print(out, reports);
        }
        int failed = 0;
        for (int i = 0; i < reports.size(); i++) {
            ImportReport r = reports.get(i);
            if (!r.skipped().isEmpty() && nothingImported(r)) {
                err.println("indaba: nothing was imported from " + files.get(i) + ": all " + r.skipped().size()
                        + " rows were bad");
                failed = Main.FAILED;
            }
        }
        return failed;
    }

    /** Whether an import kept nothing at all: every row it read was skipped. */
    private static boolean nothingImported(ImportReport r) {
        return r.items().added() + r.items().changed() + r.items().unchanged() + r.translations() + r.candidates()
                + r.judgements() + r.tmEntries() == 0;
    }

    private static void print(PrintWriter out, PrintWriter err, Path f, ImportReport r) {
        out.printf("%s (%s): %,d items added, %,d changed, %,d unchanged", f, r.format(), r.items().added(),
                r.items().changed(), r.items().unchanged());
        if (r.translations() > 0) {
            out.printf(", %,d translations", r.translations());
        }
        if (r.candidates() > 0) {
            out.printf(", %,d candidates", r.candidates());
        }
        if (r.judgements() > 0) {
            out.printf(", %,d judgements", r.judgements());
        }
        if (r.tmEntries() > 0) {
            out.printf(", %,d memory entries", r.tmEntries());
        }
        out.println(r.skipped().isEmpty() ? "" : ", " + r.skipped().size() + " bad rows skipped:");
        if (r.skipped().size() <= SKIPS_SHOWN) {
            r.skipped().forEach(bad -> err.println("  " + bad));
        } else {
            SkipReasons.of(r.skipped()).forEach(line -> err.println("  " + line));
        }
        r.notes().forEach(n -> out.println("  " + n));
        if (!r.changed().isEmpty()) {
            out.printf("  %,d stored translations %s changed%s%n", r.changed().size(), r.dryRun() ? "would be" : "were",
                    r.changed().size() > CHANGES_SHOWN ? " (the first " + CHANGES_SHOWN + "; --json lists all)" : ":");
            r.changed().stream().limit(CHANGES_SHOWN).forEach(c -> out.println("    " + c.line()));
        }
        if (r.dryRun()) {
            out.println("  dry run: nothing was kept");
        }
    }
}
