package io.indaba.app.project.export;

import java.nio.file.Path;

/**
 * Where an export goes until the user says otherwise: beside the project file, named after the project, format and
 * language. Formats that write a dataset card get a folder of their own, because the card is always README.md.
 */
final class ExportPaths {

    private ExportPaths() {
    }

    /** The suggested output for {@code format} in {@code lang} (null: all languages) of the project {@code project}. */
    static Path suggest(Path project, ExportFormat format, String lang) {
        Path folder = project.toAbsolutePath().getParent();
        String stem = project.getFileName().toString().replaceFirst("\\.indaba$", "");
        String name = stem + "-" + format.id() + (lang == null ? "" : "-" + lang);
        if (format.writesFolder()) {
            return folder.resolve(name);
        }
        String file = name + "." + format.extension();
        return format.has(ExportOption.CARD) ? folder.resolve(name).resolve(file) : folder.resolve(file);
    }
}
