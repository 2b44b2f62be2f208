package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.audit.AuditRow;
import io.indaba.core.audit.AuditTransfer;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.project.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads audit-jsonl and audit-csv back: new audits are added, known ones skipped, differing ones reported. */
final class AuditImporter implements Importer {

    private final boolean csv;

    private AuditImporter(boolean csv) {
        this.csv = csv;
    }

    static AuditImporter jsonl() {
        return new AuditImporter(false);
    }

    static AuditImporter csv() {
        return new AuditImporter(true);
    }

    @Override
    public String id() {
        return csv ? "audit-csv" : "audit-jsonl";
    }

    @Override
    public String description() {
        return "cultural audits as written by export --format " + id() + "; adds what is new, reports conflicts";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (csv) {
            return name.endsWith(".csv") && text.startsWith(String.join(",", AuditRow.COLUMNS)) ? 95 : 0;
        }
        return name.endsWith(".jsonl") && text.startsWith("{") && text.contains("\"reviewer\"")
                && text.contains("\"guideline_version\"") && text.contains("\"field\"") ? 90 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        BadRows bad = new BadRows(options.skipBadRows());
        List<AuditRow> rows = csv ? csvRows(file, bad) : jsonRows(file, bad);
        AuditTransfer.Result result;
        try {
            result = new AuditTransfer(project.database()).importRows(rows, options.actor());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, 0, e.getMessage(), e);
        }
        List<String> notes = new ArrayList<>();
        notes.add(result.added() + " audits added, " + result.unchanged() + " already in the project");
        if (!result.conflicts().isEmpty()) {
            notes.add(result.conflicts().size() + " conflicts, not imported (the project's audits are kept):");
            result.conflicts().forEach(c -> notes.add("  " + c));
        }
        return new ImportReport(id(), new ImportSummary(0, 0, 0), 0, 0, 0, 0, bad.list(), notes);
    }

    private static List<AuditRow> jsonRows(Path file, BadRows bad) {
        List<AuditRow> rows = new ArrayList<>();
        JsonLines.forEach(file, bad, l -> rows.add(row(file, l.line(), JsonLines.text(file, l, "item"),
                JsonLines.text(file, l, "lang"), JsonLines.text(file, l, "reviewer"),
                JsonLines.text(file, l, "guideline_version"), JsonLines.text(file, l, "field"),
                JsonLines.text(file, l, "value"), JsonLines.text(file, l, "note"),
                JsonLines.text(file, l, "created_at"))));
        return rows;
    }

    private static List<AuditRow> csvRows(Path file, BadRows bad) {
        CsvFile table = CsvFile.read(file);
        if (table.rows().isEmpty() || !table.rows().get(0).values().equals(AuditRow.COLUMNS)) {
            throw new BadInputException(file, 1, "the header must be " + String.join(",", AuditRow.COLUMNS));
        }
        List<AuditRow> rows = new ArrayList<>();
        for (CsvRow r : table.rows().subList(1, table.rows().size())) {
            try {
                if (r.size() != AuditRow.COLUMNS.size()) {
                    throw new BadInputException(file, r.line(), "expected " + AuditRow.COLUMNS.size() + " columns, found "
                            + r.size());
                }
                rows.add(row(file, r.line(), r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6),
                        r.get(7)));
            } catch (BadInputException e) {
                bad.add(e);
            }
        }
        return rows;
    }

    private static AuditRow row(Path file, long line, String item, String lang, String reviewer, String version,
                                String field, String value, String note, String createdAt) {
        for (String[] required : new String[][] {{"item", item}, {"lang", lang}, {"reviewer", reviewer},
                {"field", field}, {"value", value}, {"guideline_version", version}}) {
            if (required[1] == null || required[1].isBlank()) {
                throw new BadInputException(file, line, "'" + required[0] + "' is missing");
            }
        }
        try {
            return new AuditRow(item, lang, reviewer, Integer.parseInt(version.strip()), field, value,
                    note == null || note.isBlank() ? null : note, createdAt == null || createdAt.isBlank() ? null : createdAt);
        } catch (NumberFormatException e) {
            throw new BadInputException(file, line, "guideline_version must be a number, not '" + version + "'");
        }
    }
}
