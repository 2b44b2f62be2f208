package io.indaba.core.formats;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: files, record count, and notes such as "dropped 12 ties". */
public record ExportReport(String format, List<Path> files, long records, List<String> notes) {
    public ExportReport {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }
}
