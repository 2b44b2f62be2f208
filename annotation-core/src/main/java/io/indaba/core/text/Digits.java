package io.indaba.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;

/** Decimal digits of any script (Arabic-Indic, Devanagari, N'Ko, ...) read as their values. */
public final class Digits {

    private Digits() {
    }

    /** The value 0-9 of a decimal digit in any script, or -1 when {@code cp} is not a decimal digit. */
    public static int valueOf(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        return UCharacter.getType(cp) == ECharacterCategory.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(cp, 10) : -1;
    }

    /** {@code text} with every decimal digit of any script replaced by the ASCII digit of the same value. */
    public static String toAscii(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            int value = cp < 0x80 ? -1 : valueOf(cp);
            if (value >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append((char) ('0' + value));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }
}
