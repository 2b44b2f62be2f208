package io.indaba.core.formats;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The writing system of a text and, where a script is written by one language only, that language. Latin is the
 * default script of any language not listed here; Cyrillic, Arabic or Devanagari say the text is not English but
 * not which language it is, so they name no language.
 */
final class ScriptLanguage {

    /** The languages written in each non-Latin script; a single entry is the script's language. */
    private static final Map<UnicodeScript, List<String>> LANGUAGES = new EnumMap<>(Map.ofEntries(
            Map.entry(UnicodeScript.HAN, List.of("zh")),
            Map.entry(UnicodeScript.HIRAGANA, List.of("ja")),
            Map.entry(UnicodeScript.KATAKANA, List.of("ja")),
            Map.entry(UnicodeScript.HANGUL, List.of("ko")),
            Map.entry(UnicodeScript.GREEK, List.of("el")),
            Map.entry(UnicodeScript.HEBREW, List.of("he", "yi")),
            Map.entry(UnicodeScript.THAI, List.of("th")),
            Map.entry(UnicodeScript.LAO, List.of("lo")),
            Map.entry(UnicodeScript.KHMER, List.of("km")),
            Map.entry(UnicodeScript.MYANMAR, List.of("my")),
            Map.entry(UnicodeScript.GEORGIAN, List.of("ka")),
            Map.entry(UnicodeScript.ARMENIAN, List.of("hy")),
            Map.entry(UnicodeScript.TAMIL, List.of("ta")),
            Map.entry(UnicodeScript.TELUGU, List.of("te")),
            Map.entry(UnicodeScript.KANNADA, List.of("kn")),
            Map.entry(UnicodeScript.MALAYALAM, List.of("ml")),
            Map.entry(UnicodeScript.GUJARATI, List.of("gu")),
            Map.entry(UnicodeScript.GURMUKHI, List.of("pa")),
            Map.entry(UnicodeScript.SINHALA, List.of("si")),
            Map.entry(UnicodeScript.BENGALI, List.of("bn", "as")),
            Map.entry(UnicodeScript.ETHIOPIC, List.of("am", "ti")),
            Map.entry(UnicodeScript.DEVANAGARI, List.of("hi", "mr", "ne", "sa")),
            Map.entry(UnicodeScript.ARABIC, List.of("ar", "fa", "ur", "ps", "ug", "ckb")),
            Map.entry(UnicodeScript.CYRILLIC, List.of("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"))));

    /** What a text is written in: its script and, when the script tells it, its language (else null). */
    record Detected(UnicodeScript script, String lang) {
    }

    private ScriptLanguage() {
    }

    /** The script of most of the letters in {@code text}, or null when it has too few letters to tell. */
    static Detected of(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        int kana = counts.getOrDefault(UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(UnicodeScript.KATAKANA, 0);
        if (kana > 0) {
            // Japanese mixes kanji with kana: any kana makes the Han letters Japanese
            counts.merge(UnicodeScript.HIRAGANA, counts.getOrDefault(UnicodeScript.HAN, 0) + kana, (a, b) -> b);
            counts.remove(UnicodeScript.HAN);
            counts.remove(UnicodeScript.KATAKANA);
        }
        if (letters < 3) {
            return null;
        }
        for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
            if (e.getValue() * 2 > letters) {
                List<String> langs = LANGUAGES.get(e.getKey());
                return new Detected(e.getKey(), langs != null && langs.size() == 1 ? langs.get(0) : null);
            }
        }
        return null;
    }

    /** The script a language is written in: the one listing it, else Latin. */
    static UnicodeScript scriptOf(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String script = locale.getScript();
        if (!script.isEmpty()) {
            try {
                return UnicodeScript.forName(script);
            } catch (IllegalArgumentException e) {
                // an unknown script subtag says nothing: fall back to the language
            }
        }
        for (Map.Entry<UnicodeScript, List<String>> e : LANGUAGES.entrySet()) {
            if (e.getValue().contains(locale.getLanguage())) {
                return e.getKey() == UnicodeScript.KATAKANA ? UnicodeScript.HIRAGANA : e.getKey();
            }
        }
        return UnicodeScript.LATIN;
    }
}
