package io.indaba.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

import java.util.Arrays;

/** Writing systems (ICU {@link UScript} codes) of characters, words and texts. */
public final class Scripts {

    private static final int SCRIPT_COUNT = UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1;

    private Scripts() {
    }

    /** The ICU script code of one code point. */
    public static int of(int codePoint) {
        return UScript.getScript(codePoint);
    }

    /** Whether a script code says nothing about the writing system (punctuation, digits, combining marks). */
    public static boolean isNeutral(int script) {
        return script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN;
    }

    /** The scripts used by {@code word}, ignoring neutral characters; sorted, without duplicates. */
    public static int[] of(CharSequence word) {
        int[] found = new int[4];
        int n = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            i += Character.charCount(cp);
            int script = of(cp);
            if (isNeutral(script) || contains(found, n, script)) {
                continue;
            }
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = script;
        }
        int[] out = Arrays.copyOf(found, n);
        Arrays.sort(out);
        return out;
    }

    /** The script of {@code word} when it uses exactly one, else {@link UScript#COMMON} (none or several). */
    public static int ofWord(CharSequence word) {
        int[] all = of(word);
        return all.length == 1 ? all[0] : UScript.COMMON;
    }

    /** The script with most code points in {@code text}, or {@link UScript#COMMON} when it has no letters. */
    public static int dominant(CharSequence text) {
        int best = UScript.COMMON;
        int bestCount = 0;
        int[] counts = new int[SCRIPT_COUNT];
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            int script = of(cp);
            if (!isNeutral(script) && script >= 0 && script < counts.length && ++counts[script] > bestCount) {
                best = script;
                bestCount = counts[script];
            }
        }
        return best;
    }

    /** The English name of a script code, such as "Ethiopic" or "Greek". */
    public static String name(int script) {
        return UScript.getName(script);
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
