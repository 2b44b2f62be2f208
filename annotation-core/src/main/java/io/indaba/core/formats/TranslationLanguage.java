package io.indaba.core.formats;

import com.ibm.icu.util.ULocale;
import io.indaba.core.base.BadInputException;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.translate.Origin;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which language a translated file holds, and where its text came from. Files in a {@code *_bt} folder are
 * back-translations into English, kept as {@code en-x-bt-<lang>}; files in a {@code *_mt} folder are machine
 * translations, kept as {@code <lang>-x-mt}. Both get their own tag so they never overwrite the human translation.
 *
 * @param tag    the BCP-47 tag the translations are stored under
 * @param origin imported, or machine translation
 */
record TranslationLanguage(String tag, Origin origin) {

    /**
     * Resolves the language from, in order: the user's {@code --lang}, the file-name suffix, a language named in the
     * header ("Amharic Sentence"); returns null when none says the file is a translation.
     */
    static TranslationLanguage resolve(Path file, String explicit, String nameSuffix, String headerLanguage) {
        if (explicit != null && !explicit.isBlank()) {
            return new TranslationLanguage(validate(file, explicit), Origin.IMPORTED);
        }
        String base = nameSuffix != null ? validate(file, nameSuffix)
                : headerLanguage != null ? fromName(file, headerLanguage) : null;
        if (base == null) {
            return null;
        }
        String folder = file.toAbsolutePath().getParent() == null ? ""
                : String.valueOf(file.toAbsolutePath().getParent().getFileName()).toLowerCase(Locale.ROOT);
        if (folder.endsWith("_bt")) {
            return new TranslationLanguage("en-x-bt-" + base.toLowerCase(Locale.ROOT), Origin.IMPORTED);
        }
        if (folder.endsWith("_mt")) {
            return new TranslationLanguage(base + "-x-mt", Origin.MT);
        }
        return new TranslationLanguage(base, Origin.IMPORTED);
    }

    /** The suffix an exported file gets for a tag: the language the file is about, as the originals name it. */
    static String fileSuffix(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.startsWith("en-x-bt-")) {
            return tag.substring("en-x-bt-".length());
        }
        int x = lower.indexOf("-x-");
        return x > 0 ? tag.substring(0, x) : tag;
    }

    /**
     * The language suffix of a file stem ({@code winogrande_am} → {@code am}) when its last part is a known
     * ISO 639 code, else null: {@code winogrande_dev} has no language.
     */
    static String suffixOf(String stem) {
        int u = stem.lastIndexOf('_');
        if (u <= 0) {
            return null;
        }
        String code = stem.substring(u + 1);
        if (!code.matches("[a-z]{2,3}")) {
            return null;
        }
        String name = new ULocale(code).getDisplayLanguage(ULocale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? null : code;
    }

    /**
     * A tag from a language as a header names it: its English name ("Amharic", "N'Ko" or "N’Ko"), its own name
     * ("አማርኛ", "Yorùbá"), or a tag ("am", "nqo"). Matched leniently: case, accents and the kind of apostrophe do
     * not matter, since deliveries spell names by hand.
     */
    static String fromName(Path file, String name) {
        String wanted = fold(name);
        if (wanted.matches("[a-z]{2,3}(-[a-z0-9]+)*")) {
            try {
                String tag = LanguageTags.validate(name.strip());
                if (!new ULocale(tag).getDisplayLanguage(ULocale.ENGLISH).equalsIgnoreCase(tag)) {
                    return tag;
                }
            } catch (IllegalArgumentException notATag) {
                // not a tag after all: try it as a name below
            }
        }
        for (String code : ULocale.getISOLanguages()) {
            ULocale locale = new ULocale(code);
            if (fold(locale.getDisplayLanguage(ULocale.ENGLISH)).equals(wanted)
                    || fold(locale.getDisplayLanguage(locale)).equals(wanted)) {
                return code;
            }
        }
        throw new BadInputException(file, 1, "unknown language '" + name + "' in the header; pass --target-lang");
    }

    /** Lower case, no accents or other combining marks, every apostrophe alike, spaces trimmed. */
    private static String fold(String name) {
        String decomposed = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{Mn}", "").replaceAll("[’‘ʼ`´]", "'").toLowerCase(Locale.ROOT);
    }

    private static String validate(Path file, String tag) {
        try {
            return LanguageTags.validate(tag);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, 0, e.getMessage());
        }
    }
}
