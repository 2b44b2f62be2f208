package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.base.BadInputException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code --map FIELD=COLUMN} for preference files: each record's COLUMN is read as FIELD, so a file whose columns
 * are merely named differently imports as it is. The options {@code judgement}, {@code judgements} and
 * {@code annotator} are choices, not columns, and are left to the importer.
 */
final class ColumnMap {

    private static final Set<String> CHOICES = Set.of("judgement", "judgements", "annotator");

    private final Map<String, String> fieldByColumn = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();

    ColumnMap(Map<String, String> mapping) {
        mapping.forEach((field, column) -> {
            if (!CHOICES.contains(field) && column != null && !column.isBlank() && !column.equals(field)) {
                if (fieldByColumn.put(column.strip(), field.strip()) != null) {
                    throw new IllegalArgumentException("--map: column '" + column + "' is mapped twice");
                }
            }
        });
    }

    /** The record with every mapped column renamed to its field (in place: each record is read once). */
    ObjectNode apply(ObjectNode o) {
        if (fieldByColumn.isEmpty()) {
            return o;
        }
        Map<String, JsonNode> moved = new LinkedHashMap<>();
        fieldByColumn.forEach((column, field) -> {
            JsonNode v = o.remove(column);
            if (v != null) {
                seen.add(column);
                moved.put(field, v);
            }
        });
        moved.forEach(o::set);
        return o;
    }

    /** {@code e} with a hint when a mapped column has not been seen yet: the likely cause is a misspelt column. */
    BadInputException hint(BadInputException e) {
        for (Map.Entry<String, String> m : fieldByColumn.entrySet()) {
            if (!seen.contains(m.getKey())) {
                return new BadInputException(e.file(), e.line(), e.reason() + " (--map " + m.getValue() + "="
                        + m.getKey() + ": no record so far has a column '" + m.getKey() + "')", e);
            }
        }
        return e;
    }

    /** Fails when a mapped column was in no record: a typo would otherwise be ignored without a word. */
    void checkUsed(Path file) {
        for (Map.Entry<String, String> e : fieldByColumn.entrySet()) {
            if (!seen.contains(e.getKey())) {
                throw new BadInputException(file, 0, "--map " + e.getValue() + "=" + e.getKey() + ": no record has a "
                        + "column '" + e.getKey() + "'");
            }
        }
    }
}
