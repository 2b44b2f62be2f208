package io.indaba.core.formats;

import io.indaba.core.base.LanguageTags;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A row's language as files write it: a BCP-47 tag, or an English language name as Chatbot Arena logs do. */
final class LanguageNames {

    private static final Map<String, String> BY_NAME = byName();

    private LanguageNames() {
    }

    /** The canonical tag for {@code value} ("sw", "Swahili"), or null when it is neither a tag nor a known name. */
    static String tag(String value) {
        String v = value.strip();
        try {
            // a tag first: "ga" is Irish, though a language is also named "Ga"
            return LanguageTags.validate(v);
        } catch (IllegalArgumentException e) {
            return BY_NAME.get(v.toLowerCase(Locale.ROOT));
        }
    }

    private static Map<String, String> byName() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
            if (!name.isBlank() && !name.equals(code)) {
                names.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
            }
        }
        return Map.copyOf(names);
    }
}
