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

    private static boolean isIgnorable(int cp) {
        return UCharacter.isUWhiteSpace(cp) || isFormat(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isFormat(int cp) {
        return UCharacter.getType(cp) == UCharacter.FORMAT;
    }
}
