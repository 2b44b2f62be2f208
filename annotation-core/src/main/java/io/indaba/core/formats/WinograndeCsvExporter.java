package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;

/** Winogrande CSV of the English items, in the header, column order and dialect they were imported with. */
public final class WinograndeCsvExporter implements Exporter {

    @Override
    public String id() {
        return "winogrande-csv";
    }

    @Override
    public String description() {
        return "Winogrande CSV (qID, English sentence and options, Answer, Split)";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        return WinograndeCsvExport.run(id(), project, options, null, progress);
    }
}
