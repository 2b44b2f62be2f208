package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;

/** The bilingual delivery CSV: English and {@code --lang} columns side by side, as translators receive it. */
public final class BilingualCsvExporter implements Exporter {

    @Override
    public String id() {
        return "bilingual-csv";
    }

    @Override
    public String description() {
        return "bilingual Winogrande CSV (English and --lang columns, Answer, Split)";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.lang() == null) {
            throw new IllegalArgumentException("--lang is required for bilingual-csv");
        }
        return WinograndeCsvExport.run(id(), project, options, options.lang(), progress);
    }
}
