package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.audit.Subset;
import io.indaba.core.project.Project;
import java.util.ArrayList;
import java.util.List;

/** The one way to run an export: every file it writes goes past the {@link OutputGuard} with the user's consent. */
public final class Export {

    /** The flag that limits a benchmark export to the items of one audit label ({@code --subset}). */
    public static final String SUBSET = "subset";

    /** The formats that write items, and so can be limited to a subset; the others would ignore it. */
    public static final java.util.Set<String> SUBSET_FORMATS = java.util.Set.of("jsonl", "mmlu-csv", "mmlu-hf",
            "winogrande-csv", "winogrande-jsonl", "bilingual-csv", "xliff", "global-mmlu");

    private Export() {
    }

    /**
     * Runs {@code exporter}; existing files are replaced only when {@link ExportOptions#replace()} says so. With a
     * {@code subset} flag the exporter sees only the items carrying that audit label, here and nowhere else, and the
     * report records the rule set version that chose them.
     */
    public static ExportReport run(Exporter exporter, Project project, ExportOptions options, Progress progress) {
        String label = options.flags().get(SUBSET);
        if (label == null) {
            return OutputGuard.during(project.file(), options.replace(), () -> exporter.export(project, options, progress));
        }
        if (!SUBSET_FORMATS.contains(exporter.id())) {
            throw new IllegalArgumentException("--subset applies to the benchmark formats ("
                    + String.join(", ", new java.util.TreeSet<>(SUBSET_FORMATS)) + "), not " + exporter.id());
        }
        Subset subset = Subset.of(project.database(), options.lang(), label);
        Project view = project.restrictedTo(subset.itemIds()::contains);
        ExportReport report = OutputGuard.during(project.file(), options.replace(),
                () -> exporter.export(view, options, progress));
        List<String> notes = new ArrayList<>(report.notes());
        notes.add(subset.note());
        return new ExportReport(report.format(), report.files(), report.records(), notes);
    }
}
