package io.indaba.core.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One question of the audit taxonomy: a stable key, a label, how it is answered, its values (ordinal: lowest rank
 * first) and its abstentions ("don't understand", "not applicable"), which are counted apart and never ranked.
 * Values are stable ids that audits store; {@code valueLabels} holds the words reviewers see, so renaming a value
 * changes its label and keeps every audit made under the old name counting.
 */
public record Field(String key, String label, FieldType type, List<String> values, List<String> abstentions,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> valueLabels) {

    /** Words for the ids of the default taxonomy, used where a stored taxonomy carries no label for a value. */
    private static final Map<String, String> KNOWN = known();

    @JsonCreator
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
        Map<String, String> words = new LinkedHashMap<>();
        if (valueLabels != null) {
            List<String> all = new ArrayList<>(values);
            all.addAll(abstentions);
            for (String v : all) {
                String w = valueLabels.get(v);
                if (w != null && !w.isBlank()) {
                    words.put(v, w.strip());
                }
            }
        }
        valueLabels = Collections.unmodifiableMap(words);
    }

    /** A field whose values show as their ids' usual words. */
    public Field(String key, String label, FieldType type, List<String> values, List<String> abstentions) {
        this(key, label, type, values, abstentions, Map.of());
    }

    /**
     * The words shown for a value or abstention: its label, else the default taxonomy's word for that id (so a
     * guideline saved before values had labels still reads well), else the id with dashes as spaces, capitalised;
     * a region or country code shows its place name.
     */
    public String valueLabel(String value) {
        String own = valueLabels.get(value);
        if (own != null) {
            return own;
        }
        String known = KNOWN.get(value);
        if (known != null) {
            return known;
        }
        if ((type == FieldType.REGION || type == FieldType.COUNTRY) && !abstains(value)) {
            String place = Places.name(value);
            if (place != null && !place.isBlank()) {
                return place;
            }
        }
        String words = value.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? value : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
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

    private static Map<String, String> known() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("wrong", "Completely wrong");
        m.put("understandable", "Understandable but incorrect");
        m.put("good", "Good");
        m.put("strange", "Strange, incoherent or disrespectful");
        m.put("maybe", "Maybe");
        m.put("typical", "Typical");
        m.put("none", "None");
        m.put("cultural", "Cultural");
        m.put("regional", "Regional");
        m.put("dialect", "Dialect");
        m.put("geographic", "Geographic");
        m.put("no", "No");
        m.put("yes", "Yes");
        m.put("agnostic", "Culturally agnostic");
        m.put("sensitive", "Culturally sensitive");
        m.put("keep", "Keep");
        m.put("localise-names", "Localise names");
        m.put("localise-units", "Localise units or currency");
        m.put("rewrite", "Rewrite");
        m.put("remove", "Remove");
        m.put("dont-understand", "Don't understand");
        m.put("not-applicable", "Not applicable");
        return Collections.unmodifiableMap(m);
    }
}
