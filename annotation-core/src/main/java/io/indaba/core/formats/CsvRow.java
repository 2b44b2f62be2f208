package io.indaba.core.formats;

import java.util.List;

/**
 * One parsed CSV record with what it takes to write it back unchanged.
 *
 * @param line    1-based line where the record starts
 * @param values  the field values
 * @param quoting per-field quoting where it differs from minimal quoting ({@code q} quoted, {@code p} plain),
 *                or null when minimal quoting reproduces the record
 * @param eol     the record's own terminator ("" for a last record without one)
 */
public record CsvRow(long line, List<String> values, String quoting, String eol) {
    public CsvRow {
        values = List.copyOf(values);
    }

    /** The value of column {@code i}, or the empty string when the record is shorter. */
    public String get(int i) {
        return i < values.size() ? values.get(i) : "";
    }

    public int size() {
        return values.size();
    }
}
