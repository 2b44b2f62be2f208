package io.indaba.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.GraphemeClusterBreak;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/** User-perceived characters (extended grapheme clusters): counting, splitting and grapheme-safe substrings. */
public final class Graphemes {

    // BMP chars that always form a cluster of their own (Grapheme_Cluster_Break = Other, Control or LF): text made
    // only of these, such as Ethiopic, unvocalised Arabic or precomposed Latin, skips the break iterator.
    private static final BitSet STANDALONE = standaloneChars();

    // BreakIterator is stateful and costly to create: one per thread, reused.
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> BreakIterator.getCharacterInstance(ULocale.ROOT));

    private Graphemes() {
    }

    /** Number of grapheme clusters in {@code text}; 0 for null. */
    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (isOneCharPerGrapheme(text)) {
            return text.length();
        }
        BreakIterator it = iterator(text);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    /** Char offsets of every grapheme boundary, starting with 0 and ending with {@code text.length()}. */
    public static int[] boundaries(String text) {
        if (text == null || text.isEmpty()) {
            return new int[] {0};
        }
        if (isOneCharPerGrapheme(text)) {
            int[] all = new int[text.length() + 1];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        BreakIterator it = iterator(text);
        int[] out = new int[text.length() + 1];
        int n = 0;
        out[n++] = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            out[n++] = b;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The grapheme clusters of {@code text}, in order. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        forEach(text, out::add);
        return out;
    }

    /** Calls {@code action} with each grapheme cluster of {@code text}, in order. */
    public static void forEach(String text, Consumer<String> action) {
        int[] b = boundaries(text);
        for (int i = 1; i < b.length; i++) {
            action.accept(text.substring(b[i - 1], b[i]));
        }
    }

    /**
     * Graphemes {@code begin} (inclusive) to {@code end} (exclusive), never cutting a cluster in half.
     *
     * @throws IndexOutOfBoundsException when the grapheme indexes are outside the text
     */
    public static String substring(String text, int begin, int end) {
        int[] b = boundaries(text);
        int count = b.length - 1;
        if (begin < 0 || end > count || begin > end) {
            throw new IndexOutOfBoundsException("graphemes " + begin + ".." + end + " of " + count);
        }
        return text.substring(b[begin], b[end]);
    }

    /** The first {@code max} graphemes of {@code text}, or the whole text when it is shorter. */
    public static String truncate(String text, int max) {
        int[] b = boundaries(text);
        return max >= b.length - 1 ? text : text.substring(0, b[Math.max(0, max)]);
    }

    private static BreakIterator iterator(String text) {
        BreakIterator it = ITERATOR.get();
        it.setText(text);
        return it;
    }

    // No rule joins two such chars: every joining rule (CR LF, Extend, ZWJ, SpacingMark, Prepend, Hangul,
    // regional indicators, the Indic conjunct linker) needs a char of another break class.
    private static boolean isOneCharPerGrapheme(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!STANDALONE.get(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static BitSet standaloneChars() {
        BitSet set = new BitSet(0x10000);
        for (int c = 0; c < 0x10000; c++) {
            int gcb = UCharacter.getIntPropertyValue(c, UProperty.GRAPHEME_CLUSTER_BREAK);
            boolean alone = gcb == GraphemeClusterBreak.OTHER || gcb == GraphemeClusterBreak.CONTROL
                    || gcb == GraphemeClusterBreak.LF;
            set.set(c, alone && !Character.isSurrogate((char) c));
        }
        return set;
    }
}
