package io.indaba.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers written in a text, in any script, as canonical ASCII strings so that a source and its
 * translation can be compared: "١٢", "१२", "߁߂", "፲፪" and "12" all read as "12".
 *
 * <p>Thousands separators are dropped (1,000 = 1 000 = 1.000 = 1000) and leading zeros removed; any other
 * separator splits, so decimals compare equally whether written 1.5 or 1,5 (both read as 1 and 5).
 */
public final class Numbers {

    private Numbers() {
    }

    /** The numbers of {@code text}, in order of appearance; empty for null. */
    public static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (EthiopicNumerals.isNumeral(cp)) {
                int end = i;
                while (end < text.length() && EthiopicNumerals.isNumeral(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                out.add(EthiopicNumerals.valueOf(text.substring(i, end)).toString());
                i = end;
            } else if (Digits.valueOf(cp) >= 0) {
                StringBuilder digits = new StringBuilder();
                i = readDecimal(text, i, digits);
                out.add(stripLeadingZeros(digits));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    // Reads digits from i, continuing across a group separator only when exactly three digits follow it.
    private static int readDecimal(String text, int i, StringBuilder digits) {
        while (true) {
            i = readDigits(text, i, digits);
            if (i >= text.length() || !isGroupSeparator(text.charAt(i))) {
                return i;
            }
            StringBuilder group = new StringBuilder(3);
            int after = readDigits(text, i + 1, group);
            if (group.length() != 3) {
                return i;
            }
            digits.append(group);
            i = after;
        }
    }

    private static int readDigits(String text, int i, StringBuilder digits) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int value = Digits.valueOf(cp);
            if (value < 0) {
                break;
            }
            digits.append((char) ('0' + value));
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\''
                || c == '\u066C'; // Arabic thousands separator
    }

    private static String stripLeadingZeros(CharSequence digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.subSequence(i, digits.length()).toString();
    }
}
