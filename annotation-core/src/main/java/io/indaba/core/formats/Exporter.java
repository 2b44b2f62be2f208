package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;

/** One output format; writes through {@link AtomicFile} so a failed export leaves nothing half-written. */
public interface Exporter {

    /** The format name used on the command line. */
    String id();

    /** A short description for help text and the export dialog. */
    String description();

    /** Exports; throws {@link IllegalArgumentException} with a one-line reason on bad options. */
    ExportReport export(Project project, ExportOptions options, Progress progress);
}
