package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;

/**
 * One output format; writes through {@link AtomicFile} so a failed export leaves nothing half-written. Run it with
 * {@link Export#run}, which decides whether existing files may be replaced.
 */
public interface Exporter {

    /** The format name used on the command line. */
    String id();

    /** A short description for help text and the export dialog. */
    String description();

    /** Whether {@code --out} names a folder that receives several files rather than one file. */
    default boolean writesFolder() {
        return false;
    }

    /** Whether rows come from judgements (preference data), so an empty export is explained by their absence. */
    default boolean writesJudgements() {
        return false;
    }

    /** Exports; throws {@link IllegalArgumentException} with a one-line reason on bad options. */
    ExportReport export(Project project, ExportOptions options, Progress progress);
}
