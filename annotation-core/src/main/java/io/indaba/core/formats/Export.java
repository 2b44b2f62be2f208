package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;

/** The one way to run an export: every file it writes goes past the {@link OutputGuard} with the user's consent. */
public final class Export {

    private Export() {
    }

    /** Runs {@code exporter}; existing files are replaced only when {@link ExportOptions#replace()} says so. */
    public static ExportReport run(Exporter exporter, Project project, ExportOptions options, Progress progress) {
        return OutputGuard.during(project.file(), options.replace(), () -> exporter.export(project, options, progress));
    }
}
