package io.indaba.core.translate;

import java.util.Arrays;

/** The distinct grapheme trigrams of a normalised text, padded at both ends so short texts still have some. */
final class Trigrams {

    private static final int EDGE = -1;

    private Trigrams() {
    }

    /** Sorted distinct trigram keys; a hash collision only costs a wasted candidate, never a wrong score. */
    static long[] of(int[] graphemes) {
        int n = graphemes.length;
        if (n == 0) {
            return new long[0];
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int a = i == 0 ? EDGE : graphemes[i - 1];
            int b = graphemes[i];
            int c = i == n - 1 ? EDGE : graphemes[i + 1];
            keys[i] = mix(a, b, c);
        }
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return distinct == n ? keys : Arrays.copyOf(keys, distinct);
    }

    private static long mix(int a, int b, int c) {
        long h = a * 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 29) ^ b) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 32) ^ c) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
