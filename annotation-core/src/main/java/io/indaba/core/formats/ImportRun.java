package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.store.Database;
import io.indaba.core.translate.TranslationChanges;
import java.nio.file.Path;

/**
 * Runs one importer and reports the stored translations it replaced. A dry run runs the whole import inside one
 * write transaction and rolls it back, so every importer reports exactly what it would change.
 */
public final class ImportRun {

    private ImportRun() {
    }

    /** Imports {@code file} (or, with {@code options.dryRun()}, only reports what importing would change). */
    public static ImportReport run(Importer importer, Project project, Path file, ImportOptions options,
                                   Progress progress) {
        Database db = project.database();
        if (!options.dryRun()) {
            long mark = db.read(TranslationChanges::mark);
            ImportReport report = importer.importFile(project, file, options, progress);
            return report.withChanges(db.read(c -> TranslationChanges.since(c, mark)), false);
        }
        try {
            // The importer's own writes nest in this transaction; throwing after it is done rolls them all back.
            db.write(c -> {
                long mark = TranslationChanges.mark(c);
                ImportReport report = importer.importFile(project, file, options, progress);
                throw new RolledBack(report.withChanges(TranslationChanges.since(c, mark), true));
            });
        } catch (RolledBack done) {
            return done.report;
        }
        throw new IllegalStateException("a dry run returned without rolling back");
    }

    /** Carries a dry run's report out of the transaction it rolls back. */
    private static final class RolledBack extends RuntimeException {
        private final transient ImportReport report;

        RolledBack(ImportReport report) {
            super("dry run", null, false, false);
            this.report = report;
        }
    }
}
