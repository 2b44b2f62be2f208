package io.indaba.core.translate;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * A segment as the fuzzy matcher sees it: NFC, case-folded, whitespace collapsed, and split into grapheme clusters
 * (each an int id) so that an accented letter or an Igbo vowel with dot and tone counts as one edit.
 *
 * @param text       the normalised text
 * @param graphemes  one id per grapheme cluster of {@code text}
 */
public record MatchText(String text, int[] graphemes) {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    // BreakIterator is not thread-safe and costly to create; lookups run on several threads.
    private static final ThreadLocal<BreakIterator> CHARACTERS =
            ThreadLocal.withInitial(BreakIterator::getCharacterInstance);

    /** Normalises {@code raw} (null reads as empty). */
    public static MatchText of(String raw) {
        String text = normalise(raw == null ? "" : raw);
        return new MatchText(text, graphemes(text));
    }

    /** NFC, full case folding and whitespace collapsed to single spaces; zero-width spaces and BOMs dropped. */
    public static String normalise(String raw) {
        String nfc = NFC.normalize(raw);
        String folded = UCharacter.foldCase(nfc, true);
        if (!NFC.isNormalized(folded)) {
            folded = NFC.normalize(folded);
        }
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x200B || cp == 0xFEFF) {
                continue;
            }
            if (UCharacter.isUWhiteSpace(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static int[] graphemes(String text) {
        int[] ids = new int[text.length()];
        if (belowCombiningMarks(text)) {
            // Fast path: below U+0300 every character is a cluster of its own (CR LF cannot occur after normalise).
            for (int i = 0; i < ids.length; i++) {
                ids[i] = text.charAt(i);
            }
            return ids;
        }
        BreakIterator clusters = CHARACTERS.get();
        clusters.setText(text);
        int n = 0;
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            ids[n++] = GraphemeIds.of(text, start, end);
        }
        return Arrays.copyOf(ids, n);
    }

    private static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }

    /** The number of grapheme clusters. */
    public int length() {
        return graphemes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchText other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
