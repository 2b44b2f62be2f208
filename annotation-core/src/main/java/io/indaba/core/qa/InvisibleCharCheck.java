package io.indaba.core.qa;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import io.indaba.core.text.Scripts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code invisible-char}: invisible characters that split words for search and tokenisers without showing in the
 * editor: zero width space, word joiner, BOM, soft hyphen and stray bidi controls. Kept where they do work: ZWJ and
 * ZWNJ in scripts that shape with them (Indic, Arabic, N'Ko) and in emoji, ZWSP between words of scripts written
 * without spaces (Thai, Khmer, ...), bidi controls that are balanced in text with right-to-left letters. The fix
 * deletes the reported characters.
 */
public final class InvisibleCharCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "invisible-char";

    private static final int ZWSP = 0x200B;
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The translation contains invisible characters (zero width space, BOM, soft hyphen, bidi controls).";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        String target = segment.targetText();
        if (target == null || !mayHaveInvisibles(target)) {
            return Optional.empty();
        }
        List<TextRange> ranges = new ArrayList<>();
        boolean rtl = hasRightToLeftLetters(target);
        boolean[] strayBidi = BidiBalance.strayControls(target);
        for (int i = 0; i < target.length(); ) {
            int cp = target.codePointAt(i);
            int n = Character.charCount(cp);
            if (isReported(cp, target, i, rules, rtl, strayBidi[i])) {
                ranges.add(new TextRange(i, i + n));
            }
            i += n;
        }
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder fixed = new StringBuilder(target.length());
        int from = 0;
        Map<String, Integer> names = new LinkedHashMap<>();
        for (TextRange r : ranges) {
            fixed.append(target, from, r.start());
            from = r.end();
            names.merge(UCharacter.getName(target.codePointAt(r.start())), 1, Integer::sum);
        }
        fixed.append(target, from, target.length());
        List<String> parts = new ArrayList<>();
        names.forEach((name, count) -> parts.add(count == 1 ? name : name + " ×" + count));
        return Optional.of(finding(Severity.WARNING, segment, "Invisible characters: " + String.join(", ", parts) + ".")
                .withRanges(ranges).withFix(fixed.toString()));
    }

    private static boolean isReported(int cp, String text, int at, LanguageRules rules, boolean rtl, boolean stray) {
        switch (cp) {
            case 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x2061, 0x2062, 0x2063, 0x2064:
                return true; // word joiner, BOM, soft hyphen, Mongolian vowel separator, invisible operators
            case ZWSP:
                return !(isSpacelessScript(neighbour(text, at, -1)) && isSpacelessScript(neighbour(text, at, +1)));
            case ZWNJ, ZWJ:
                return !joinerWanted(cp, text, at, rules);
            default:
                if (BidiBalance.isControl(cp)) {
                    return !rtl || stray;
                }
                return false;
        }
    }

    private static boolean joinerWanted(int cp, String text, int at, LanguageRules rules) {
        if (rules.joinersAllowed()) {
            return true;
        }
        int before = neighbour(text, at, -1);
        int after = neighbour(text, at, +1);
        if (cp == ZWJ && isEmoji(before) && isEmoji(after)) {
            return true;
        }
        return isJoiningScript(before) || isJoiningScript(after);
    }

    // The nearest code point in direction dir that is not itself a format character, or -1 at the text's end.
    private static int neighbour(String text, int at, int dir) {
        int i = dir < 0 ? at : at + Character.charCount(text.codePointAt(at));
        while (dir < 0 ? i > 0 : i < text.length()) {
            int cp = dir < 0 ? text.codePointBefore(i) : text.codePointAt(i);
            if (UCharacter.getType(cp) != UCharacter.FORMAT) {
                return cp;
            }
            i += dir * Character.charCount(cp);
        }
        return -1;
    }

    private static boolean isSpacelessScript(int cp) {
        if (cp < 0) {
            return false;
        }
        int s = Scripts.of(cp);
        return s == UScript.THAI || s == UScript.LAO || s == UScript.KHMER || s == UScript.MYANMAR
                || s == UScript.TIBETAN;
    }

    private static boolean isJoiningScript(int cp) {
        if (cp < 0) {
            return false;
        }
        return switch (Scripts.of(cp)) {
            case UScript.ARABIC, UScript.SYRIAC, UScript.NKO, UScript.MONGOLIAN, UScript.DEVANAGARI,
                 UScript.BENGALI, UScript.GURMUKHI, UScript.GUJARATI, UScript.ORIYA, UScript.TAMIL,
                 UScript.TELUGU, UScript.KANNADA, UScript.MALAYALAM, UScript.SINHALA, UScript.MYANMAR,
                 UScript.KHMER, UScript.TIBETAN -> true;
            default -> false;
        };
    }

    private static boolean isEmoji(int cp) {
        return cp >= 0 && UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC);
    }

    private static boolean hasRightToLeftLetters(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int dir = UCharacter.getDirection(cp);
            if (dir == UCharacter.RIGHT_TO_LEFT || dir == UCharacter.RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    // A quick scan for the only characters this check can report, so ordinary text costs one pass.
    private static boolean mayHaveInvisibles(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x00AD || c == 0x061C || c == 0x180E || (c >= 0x200B && c <= 0x206F) || c == 0xFEFF) {
                return true;
            }
        }
        return false;
    }
}
