package io.indaba.core.formats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.Progress;
import io.indaba.core.audit.AuditRow;
import io.indaba.core.audit.AuditTransfer;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes each reviewer's counted audits, one row per reviewer, item, language and field value (JSONL or CSV). */
final class AuditExporter implements Exporter {

    private final boolean csv;

    private AuditExporter(boolean csv) {
        this.csv = csv;
    }

    static AuditExporter jsonl() {
        return new AuditExporter(false);
    }

    static AuditExporter csv() {
        return new AuditExporter(true);
    }

    @Override
    public String id() {
        return csv ? "audit-csv" : "audit-jsonl";
    }

    @Override
    public String description() {
        return "cultural audits, one " + (csv ? "CSV row" : "JSON line") + " per reviewer, item, language and field "
                + "value, with guideline version and timestamp (--lang for one language)";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out (a file) is required");
        }
        List<AuditRow> rows = new AuditTransfer(project.database()).rows(options.lang());
        try {
            AtomicFile.write(options.out(), out -> {
                if (csv) {
                    try (CsvRecordWriter w = new CsvRecordWriter(out, CsvDialect.DEFAULT)) {
                        w.write(AuditRow.COLUMNS, null, null);
                        for (AuditRow r : rows) {
                            w.write(r.values(), null, null);
                        }
                    }
                } else {
                    for (AuditRow r : rows) {
                        ObjectNode o = Json.MAPPER.createObjectNode();
                        List<String> values = r.values();
                        for (int i = 0; i < AuditRow.COLUMNS.size(); i++) {
                            if (AuditRow.COLUMNS.get(i).equals("guideline_version")) {
                                o.put("guideline_version", r.guidelineVersion());
                            } else if (!values.get(i).isEmpty()) {
                                o.put(AuditRow.COLUMNS.get(i), values.get(i));
                            }
                        }
                        out.write((Json.write(o) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(), e);
        }
        return new ExportReport(id(), List.of(options.out()), rows.size(), List.of());
    }
}
