package io.indaba.core.audit;

import java.util.List;

/**
 * One question of the audit taxonomy: a stable key, a label, how it is answered, its values (ordinal: lowest rank
 * first) and its abstentions ("don't understand", "not applicable"), which are counted apart and never ranked.
 */
public record Field(String key, String label, FieldType type, List<String> values, List<String> abstentions) {

    public Field {
        if (key == null || !key.matches("[a-z][a-z0-9_]{0,59}")) {
            throw new IllegalArgumentException("field key '" + key + "': lower-case letters, digits and '_'");
        }
        label = label == null || label.isBlank() ? key : label.strip();
        type = type == null ? FieldType.SINGLE : type;
        values = values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
        abstentions = abstentions == null ? List.of() : abstentions.stream().map(String::strip).distinct().toList();
        if ((type == FieldType.SINGLE || type == FieldType.MULTIPLE || type == FieldType.ORDINAL) && values.size() < 2) {
            throw new IllegalArgumentException("field " + key + " needs at least two values");
        }
        for (String a : abstentions) {
            if (values.contains(a)) {
                throw new IllegalArgumentException("field " + key + ": '" + a + "' is both a value and an abstention");
            }
        }
    }

    /** The values an answer may hold, not counting abstentions: the fixed place lists for region and country. */
    public List<String> choices() {
        return switch (type) {
            case REGION -> Places.regionCodes();
            case COUNTRY -> Places.countryCodes();
            default -> values;
        };
    }

    /** Whether {@code value} is an abstention of this field. */
    public boolean abstains(String value) {
        return abstentions.contains(value);
    }

    /** Checks one answer: known values, one value unless multiple choice, an abstention alone. */
    public List<String> check(List<String> answer) {
        List<String> clean = answer == null ? List.of() : answer.stream().map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (type == FieldType.TEXT) {
            return clean.isEmpty() ? List.of() : List.of(String.join("\n", clean));
        }
        if (clean.size() > 1 && (type != FieldType.MULTIPLE || clean.stream().anyMatch(this::abstains))) {
            throw new IllegalArgumentException("field " + key + " takes one value here, not " + clean);
        }
        for (String v : clean) {
            if (!abstains(v) && !choices().contains(v)) {
                throw new IllegalArgumentException("field " + key + " has no value '" + v + "'");
            }
        }
        return clean;
    }
}
