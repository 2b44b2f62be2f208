package io.indaba.core.qa;

import com.ibm.icu.lang.UScript;

import java.util.HashMap;
import java.util.Map;

/**
 * The built-in language table. Length bounds come from the real deliveries in the project's test data: Ethiopic
 * writes a syllable per grapheme, so Amharic Winogrande runs at about 0.67 of the English (median), though MMLU
 * options that keep the English term in brackets reach 2; Bantu languages such as Zulu run well above 1.
 */
final class StandardLanguageRules {

    private static final LengthRatioBounds ETHIOPIC_LENGTH = new LengthRatioBounds(0.25, 2.0, 20);
    private static final LengthRatioBounds BANTU_LENGTH = new LengthRatioBounds(0.5, 3.0, 20);

    private StandardLanguageRules() {
    }

    static Map<String, LanguageRules> all() {
        Map<String, LanguageRules> m = new HashMap<>();
        LanguageRules base = LanguageRules.DEFAULT;

        LanguageRules ethiopic = base.withScript(UScript.ETHIOPIC).withFullStop("\u1362")
                .withLengthRatio(ETHIOPIC_LENGTH);
        put(m, ethiopic, "am", "ti", "gez", "tig", "byn");

        LanguageRules latin = base.withScript(UScript.LATIN).withConfusables(ConfusableLetters.LATIN_LOOKALIKES);
        put(m, latin, "en", "af", "ig", "yo", "ha", "so", "om", "wo", "ff", "mg", "rw", "rn", "lg", "ny", "ki",
                "kam", "luo", "fr", "pt", "es");
        put(m, latin.withLengthRatio(BANTU_LENGTH), "zu", "xh", "sn", "st", "tn", "ts", "nso", "ss", "ve", "nr",
                "sw");

        // Manding and Kwa orthographies write the open vowels ɛ and ɔ
        put(m, latin.withConfusables(ConfusableLetters.AFRICAN_OPEN_VOWELS), "bm", "mnk", "dyu", "emk", "man",
                "ak", "tw", "fat", "ee", "ln", "kg", "dag", "gaa", "mos", "bci", "fon", "kbp");

        LanguageRules joining = base.withJoinersAllowed(true);
        put(m, joining.withScript(UScript.ARABIC), "ar", "fa", "ur", "ps", "ckb", "sd");
        put(m, joining.withScript(UScript.NKO), "nqo");
        put(m, joining.withScript(UScript.DEVANAGARI), "hi", "mr", "ne", "sa", "mai", "bho");
        put(m, joining.withScript(UScript.BENGALI), "bn", "as");
        put(m, joining.withScript(UScript.GURMUKHI), "pa");
        put(m, joining.withScript(UScript.GUJARATI), "gu");
        put(m, joining.withScript(UScript.ORIYA), "or");
        put(m, joining.withScript(UScript.TAMIL), "ta");
        put(m, joining.withScript(UScript.TELUGU), "te");
        put(m, joining.withScript(UScript.KANNADA), "kn");
        put(m, joining.withScript(UScript.MALAYALAM), "ml");
        put(m, joining.withScript(UScript.SINHALA), "si");
        return m;
    }

    private static void put(Map<String, LanguageRules> m, LanguageRules rules, String... tags) {
        for (String tag : tags) {
            m.put(tag, rules);
        }
    }
}
