package io.indaba.core.base;

import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Strict BCP-47 validation ({@code Locale.forLanguageTag} silently yields "und") and display names from ICU. */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** Returns the canonical form of {@code tag} or throws with a one-line reason. */
    public static String validate(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("language tag is empty");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            String canonical = locale.toLanguageTag();
            if ("und".equals(canonical)) {
                throw new IllegalArgumentException("'" + tag + "' is not a language tag");
            }
            // BCP-47 reserves 4-8 letter language subtags and none is registered: "english" is a name, not a code.
            if (locale.getLanguage().length() > 3) {
                throw new IllegalArgumentException("'" + tag + "' is not a language code; use ISO 639, e.g. en, am, ar-EG");
            }
            return canonical;
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("'" + tag + "' is not a valid BCP-47 language tag"
                    + (tag.contains("_") ? " (use '-' not '_', e.g. en-US)" : ""), e);
        }
    }

    /** The language's name in English, e.g. "Amharic" for {@code am}. */
    public static String displayName(String tag) {
        return ULocale.forLanguageTag(tag).getDisplayName(ULocale.ENGLISH);
    }

    /** The language's name in itself, e.g. "አማርኛ" for {@code am}. */
    public static String nativeName(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        return locale.getDisplayName(locale);
    }
}
