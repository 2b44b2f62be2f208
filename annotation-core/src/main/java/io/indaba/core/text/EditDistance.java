package io.indaba.core.text;

import java.util.HashMap;
import java.util.Map;

/** Levenshtein distance counted in grapheme clusters, so an Ethiopic syllable or ọ́ is one edit, not two or three. */
public final class EditDistance {

    private static final long HIGH = 1L << 63;

    private EditDistance() {
    }

    /** Edits (insert, delete, substitute one grapheme) to turn {@code a} into {@code b}; null counts as empty. */
    public static int graphemes(String a, String b) {
        Map<String, Integer> ids = new HashMap<>();
        return levenshtein(codes(a, ids), codes(b, ids));
    }

    /** {@link #graphemes} divided by the longer length: 0 for equal texts, 1 for texts with nothing in common. */
    public static double normalized(String a, String b) {
        Map<String, Integer> ids = new HashMap<>();
        int[] x = codes(a, ids);
        int[] y = codes(b, ids);
        int longer = Math.max(x.length, y.length);
        return longer == 0 ? 0.0 : (double) levenshtein(x, y) / longer;
    }

    /** Levenshtein distance of two symbol sequences. */
    static int levenshtein(int[] a, int[] b) {
        // a post-edited draft usually keeps its start and end: trim them first
        int start = 0;
        while (start < a.length && start < b.length && a[start] == b[start]) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
        }
        int n = endA - start;
        int m = endB - start;
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        return n <= m ? bitParallel(a, start, endA, b, start, endB) : bitParallel(b, start, endB, a, start, endA);
    }

    // Myers' bit-vector algorithm in 64-row blocks (Hyyrö's formulation for global distance): each column of the
    // dynamic-programming table costs one word operation per block instead of one step per cell.
    private static int bitParallel(int[] p, int pFrom, int pTo, int[] t, int tFrom, int tTo) {
        int m = pTo - pFrom;
        int blocks = (m + 63) >>> 6;
        Map<Integer, long[]> peq = new HashMap<>();
        for (int i = 0; i < m; i++) {
            peq.computeIfAbsent(p[pFrom + i], k -> new long[blocks])[i >>> 6] |= 1L << (i & 63);
        }
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        java.util.Arrays.fill(pv, -1L);
        long lastBit = 1L << ((m - 1) & 63);
        int score = m;
        long[] none = new long[blocks];
        for (int j = tFrom; j < tTo; j++) {
            long[] eqs = peq.getOrDefault(t[j], none);
            int hin = 1; // the top row of the table grows by one per column
            for (int b = 0; b < blocks; b++) {
                long eq = eqs[b];
                long pvb = pv[b];
                long mvb = mv[b];
                long xv = eq | mvb;
                if (hin < 0) {
                    eq |= 1L;
                }
                long xh = (((eq & pvb) + pvb) ^ pvb) | eq;
                long ph = mvb | ~(xh | pvb);
                long mh = pvb & xh;
                long out = b == blocks - 1 ? lastBit : HIGH;
                int hout = (ph & out) != 0 ? 1 : (mh & out) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (hin < 0) {
                    mh |= 1L;
                } else if (hin > 0) {
                    ph |= 1L;
                }
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                hin = hout;
            }
            score += hin;
        }
        return score;
    }

    // One int per grapheme: the code point when the cluster is a single one, else a negative id per distinct
    // cluster, so the distance compares ints rather than strings.
    private static int[] codes(String text, Map<String, Integer> ids) {
        int[] b = Graphemes.boundaries(text);
        int[] out = new int[b.length - 1];
        for (int i = 1; i < b.length; i++) {
            int cp = text.codePointAt(b[i - 1]);
            if (Character.charCount(cp) == b[i] - b[i - 1]) {
                out[i - 1] = cp;
            } else {
                out[i - 1] = ids.computeIfAbsent(text.substring(b[i - 1], b[i]), k -> -1 - ids.size());
            }
        }
        return out;
    }
}
