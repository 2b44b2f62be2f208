package io.indaba.core.prefer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A pseudonymous annotator and the languages they read, with proficiency. */
public record Annotator(String id, String displayName, Map<String, Proficiency> languages) {
    public Annotator {
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    }

    /** Whether this annotator reads {@code lang}. */
    public boolean reads(String lang) {
        return languages.containsKey(lang);
    }
}
