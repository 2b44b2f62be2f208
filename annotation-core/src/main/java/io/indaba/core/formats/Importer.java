package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import java.nio.file.Path;

/** One input format: recognises its files and imports them into a project, all or nothing. */
public interface Importer {

    /** The format name used on the command line, e.g. {@code mmlu-csv}. */
    String id();

    /** A short description for help text and the import dialog. */
    String description();

    /**
     * How sure this importer is that it reads {@code file} (0 = not at all, 100 = certain), from its name and its
     * first bytes; used when {@code --format} is absent.
     */
    int confidence(Path file, byte[] head);

    /** Imports one file; throws {@link BadInputException} (nothing kept) unless bad rows may be skipped. */
    ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress);
}
