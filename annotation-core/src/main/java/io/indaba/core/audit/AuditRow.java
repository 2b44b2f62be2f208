package io.indaba.core.audit;

import java.util.List;

/**
 * One reviewer's value for one field of one item in one language, the unit of the audit-jsonl and audit-csv
 * formats: a multiple-choice answer is one row per value. The note repeats on each row of its audit.
 */
public record AuditRow(String item, String lang, String reviewer, int guidelineVersion, String field, String value,
                       String note, String createdAt) {

    /** The column names, in file order. */
    public static final List<String> COLUMNS =
            List.of("item", "lang", "reviewer", "guideline_version", "field", "value", "note", "created_at");

    /** The row as strings in column order. */
    public List<String> values() {
        return List.of(item, lang, reviewer, Integer.toString(guidelineVersion), field, value,
                note == null ? "" : note, createdAt == null ? "" : createdAt);
    }
}
