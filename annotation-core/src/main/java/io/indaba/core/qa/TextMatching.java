package io.indaba.core.qa;

import com.ibm.icu.lang.UCharacter;
import io.indaba.core.text.Nfc;

/** How checks compare texts: NFC, case folded, spaces collapsed, invisible format characters ignored. */
final class TextMatching {

    private TextMatching() {
    }

    /** Whether {@code text} is null or holds only spaces and invisible (format) characters. */
    static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isIgnorable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** {@code text} reduced to what matters for equality: NFC, case folded, single spaces, trimmed. */
    static String comparable(String text) {
        if (text == null) {
            return "";
        }
        return isAscii(text) ? asciiComparable(text) : unicodeComparable(text);
    }

    /** The general path of {@link #comparable}, for any text. */
    static String unicodeComparable(String text) {
        String folded = UCharacter.foldCase(Nfc.normalize(text), true);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isUWhiteSpace(cp)) {
                space = out.length() > 0;
            } else if (!isFormat(cp)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Whether every char of {@code text} is ASCII. */
    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // The same result as the general path for ASCII, where NFC changes nothing and folding is lower-casing.
    private static String asciiComparable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return out.toString();
    }

    private static boolean isIgnorable(int cp) {
        return UCharacter.isUWhiteSpace(cp) || isFormat(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isFormat(int cp) {
        return UCharacter.getType(cp) == UCharacter.FORMAT;
    }
}
