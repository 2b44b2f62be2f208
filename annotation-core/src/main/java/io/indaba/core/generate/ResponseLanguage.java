package io.indaba.core.generate;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.IsoCode639_3;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which language a response is in, judged by Lingua (decision 0020) for requested languages it covers and that share
 * their script with others (Latin, Cyrillic, Arabic, Devanagari): the script check already settles the rest. Each
 * judgement compares the requested language only with the languages written in its script, in Lingua's
 * low-accuracy mode (trigram models, loaded the first time a language is compared), so a project that asks only for
 * Swahili loads the Latin-script models and nothing else.
 */
public final class ResponseLanguage {

    /** Fewer letters than this are not judged: a short answer ("Ndiyo.") says too little. */
    static final int MIN_LETTERS = 30;
    /**
     * The requested language is taken as answered while its confidence, relative to the most likely language's
     * (Lingua gives the top one 1.0), is at least this: close calls between neighbours (Zulu and Xhosa) are not
     * flagged.
     */
    static final double MIN_RELATIVE_CONFIDENCE = 0.9;

    private static final List<Set<Language>> GROUPS = List.of(Set.copyOf(Language.allWithLatinScript()),
            Set.copyOf(Language.allWithCyrillicScript()), Set.copyOf(Language.allWithArabicScript()),
            Set.copyOf(Language.allWithDevanagariScript()));
    private static final Map<Set<Language>, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();

    private ResponseLanguage() {
    }

    /** Whether a judgement about {@code lang} (a BCP-47 tag) is possible: Lingua knows it and its script's others. */
    public static boolean covers(String lang) {
        Language l = language(lang);
        return l != null && group(l) != null;
    }

    /**
     * The language {@code text} is in when that is not {@code lang}: a tag such as "en", or null when the text is in
     * the requested language, too short to tell, or in a language this identifier cannot judge.
     */
    public static String otherThan(String text, String lang) {
        Language wanted = language(lang);
        Set<Language> group = wanted == null ? null : group(wanted);
        if (group == null || letters(text) < MIN_LETTERS) {
            return null;
        }
        LanguageDetector detector = DETECTORS.computeIfAbsent(group, g -> LanguageDetectorBuilder
                .fromLanguages(g.toArray(new Language[0])).withLowAccuracyMode().build());
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(text);
        if (confidence.isEmpty()) {
            return null;
        }
        Language top = confidence.firstKey();
        if (top == wanted || top == Language.UNKNOWN
                || confidence.getOrDefault(wanted, 0.0) >= MIN_RELATIVE_CONFIDENCE) {
            return null;
        }
        return top.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** Lingua's language for a tag ("yo", "zu-ZA", "zul" are found; "ha", "am", "und" are not), or null. */
    static Language language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String code = ULocale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage().toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 2) {
                return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code));
            }
            if (code.length() == 3) {
                return Language.getByIsoCode639_3(IsoCode639_3.valueOf(code));
            }
        } catch (IllegalArgumentException notCovered) {
            return null;
        }
        return null;
    }

    private static Set<Language> group(Language l) {
        for (Set<Language> g : GROUPS) {
            if (g.contains(l) && g.size() > 1) {
                return g;
            }
        }
        return null;
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            n += Character.isLetter(cp) ? 1 : 0;
        }
        return n;
    }
}
