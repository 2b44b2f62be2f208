package io.indaba.core.audit;

import static io.indaba.core.audit.FieldType.COUNTRY;
import static io.indaba.core.audit.FieldType.MULTIPLE;
import static io.indaba.core.audit.FieldType.ORDINAL;
import static io.indaba.core.audit.FieldType.REGION;
import static io.indaba.core.audit.FieldType.SINGLE;
import static io.indaba.core.audit.FieldType.TEXT;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The questions reviewers answer about each item, at one guideline version (0: not yet saved). */
public record Taxonomy(int version, List<Field> fields) {

    /** The abstentions every choice field of the default offers. */
    public static final List<String> ABSTAIN = List.of("dont-understand", "not-applicable");

    public Taxonomy {
        fields = List.copyOf(fields);
        Set<String> keys = new HashSet<>();
        for (Field f : fields) {
            if (!keys.add(f.key())) {
                throw new IllegalArgumentException("two fields are called " + f.key());
            }
        }
    }

    /** The default taxonomy of the cultural appropriateness audit. */
    public static Taxonomy defaults() {
        return new Taxonomy(0, List.of(
                new Field("translation_quality", "Translation quality", ORDINAL,
                        List.of("wrong", "understandable", "good"), List.of("not-applicable")),
                new Field("appropriateness", "Appropriateness", ORDINAL, List.of("strange", "maybe", "typical"),
                        ABSTAIN),
                new Field("knowledge", "Knowledge required", MULTIPLE,
                        List.of("none", "cultural", "regional", "dialect", "geographic"), List.of("dont-understand")),
                new Field("time_sensitive", "Time-sensitive", SINGLE, List.of("no", "yes"), List.of("dont-understand")),
                new Field("sensitivity", "Culturally sensitive or agnostic", SINGLE, List.of("agnostic", "sensitive"),
                        List.of("dont-understand")),
                new Field("region", "Region", REGION, List.of(), List.of("not-applicable")),
                new Field("country", "Country", COUNTRY, List.of(), List.of("not-applicable")),
                new Field("adaptation", "Adaptation decision", SINGLE,
                        List.of("keep", "localise-names", "localise-units", "rewrite", "remove"), List.of()),
                new Field("rationale", "Adaptation rationale", TEXT, List.of(), List.of()),
                new Field("reference", "Reference span in the source", TEXT, List.of(), List.of())));
    }

    /** The field with this key. */
    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The same fields at another version. */
    public Taxonomy atVersion(int newVersion) {
        return new Taxonomy(newVersion, fields);
    }

    /** Checks every answer against its field; unknown fields are refused, unanswered ones left out. */
    public Map<String, List<String>> check(Map<String, List<String>> answers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        answers.forEach((key, answer) -> {
            Field f = field(key).orElseThrow(() -> new IllegalArgumentException("guideline version " + version
                    + " has no field '" + key + "'"));
            List<String> clean = f.check(answer);
            if (!clean.isEmpty()) {
                out.put(key, clean);
            }
        });
        return out;
    }
}
