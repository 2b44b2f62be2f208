package io.indaba.core.generate;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import io.indaba.core.text.Scripts;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags a generated response that is not what was asked for: written in a script its requested language does not
 * use (an "answer in Amharic" that came back in English), in the right script but another language (Swahili asked,
 * English answered; judged by {@link ResponseLanguage} where it covers the language), or cut short by the token
 * limit.
 */
public final class ResponseCheck {

    /** The flag of a response mostly in another script than its language's. */
    public static final String OFF_TARGET_SCRIPT = "off-target-script";
    /** The flag of a response in its language's script but identified as another language. */
    public static final String OFF_TARGET_LANGUAGE = "off-target-language";
    /** The flag of a response the token limit cut short. */
    public static final String TRUNCATED = "truncated";

    private ResponseCheck() {
    }

    /**
     * What the check found in one response.
     *
     * @param flags    {@link #TRUNCATED}, {@link #OFF_TARGET_SCRIPT}, {@link #OFF_TARGET_LANGUAGE}, in that order
     * @param script   the short name of the script most of the text is in ("Ethi"), or null without letters
     * @param language the language the identifier found instead of the requested one ("en"), or null
     */
    public record Result(List<String> flags, String script, String language) {

        /** Whether the response is in another script or language than requested. */
        public boolean offTarget() {
            return flags.contains(OFF_TARGET_SCRIPT) || flags.contains(OFF_TARGET_LANGUAGE);
        }
    }

    /** The flags of {@code text} requested in {@code lang} that ended for {@code finishReason}. */
    public static List<String> flags(String text, String lang, String finishReason) {
        return check(text, lang, finishReason).flags();
    }

    /** Checks {@code text} requested in {@code lang} (null: any) that ended for {@code finishReason}. */
    public static Result check(String text, String lang, String finishReason) {
        List<String> flags = new ArrayList<>();
        if ("length".equals(finishReason)) {
            flags.add(TRUNCATED);
        }
        String other = null;
        if (lang != null && offScript(text, lang)) {
            flags.add(OFF_TARGET_SCRIPT);
        } else if (lang != null) {
            other = ResponseLanguage.otherThan(text, lang);
            if (other != null) {
                flags.add(OFF_TARGET_LANGUAGE);
            }
        }
        return new Result(List.copyOf(flags), scriptOf(text), other);
    }

    /** Whether most letters of {@code text} are in a script that {@code lang} is not written in. */
    static boolean offScript(String text, String lang) {
        int found = Scripts.dominant(text);
        if (found == UScript.COMMON) {
            return false; // no letters: nothing to judge
        }
        // Japanese is Kanji + kana, Korean Hangul + Hanja, Chinese Han: getCode lists each of them
        int[] expected = UScript.getCode(ULocale.addLikelySubtags(ULocale.forLanguageTag(lang)));
        if (expected == null || expected.length == 0) {
            return false;
        }
        for (int s : expected) {
            if (s == found || (s == UScript.JAPANESE && (found == UScript.HAN || found == UScript.HIRAGANA
                    || found == UScript.KATAKANA)) || (s == UScript.KOREAN && (found == UScript.HANGUL
                    || found == UScript.HAN)) || ((s == UScript.SIMPLIFIED_HAN || s == UScript.TRADITIONAL_HAN)
                    && found == UScript.HAN)) {
                return false;
            }
        }
        return true;
    }

    /** The short name of the script most of {@code text} is in, e.g. "Ethi", or null without letters. */
    public static String scriptOf(String text) {
        int found = Scripts.dominant(text);
        return found == UScript.COMMON ? null : UScript.getShortName(found);
    }
}
