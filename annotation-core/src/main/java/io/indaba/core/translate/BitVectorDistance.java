package io.indaba.core.translate;

import java.util.Arrays;

/**
 * Levenshtein distance from one fixed text (the query) to many others, 64 grapheme clusters per machine word
 * (Myers 1999, in Hyyrö's blocked form): about a hundred times cheaper than the cell-by-cell table, which is what
 * lets a lookup verify hundreds of candidates well inside a frame.
 */
final class BitVectorDistance {

    private final int length;
    private final int blocks;
    private final long lastRowBit;
    // Open-addressing map from grapheme id to its row masks (blocks longs each); other ids match nowhere.
    private final int[] keys;
    private final long[] masks;
    private final int slotMask;
    private final long[] pv;
    private final long[] mv;

    BitVectorDistance(int[] pattern) {
        length = pattern.length;
        blocks = Math.max(1, (length + 63) >>> 6);
        lastRowBit = length == 0 ? 0 : 1L << ((length - 1) & 63);
        int slots = Integer.highestOneBit(Math.max(4, pattern.length * 2) - 1) << 1;
        slotMask = slots - 1;
        keys = new int[slots];
        Arrays.fill(keys, -1);
        masks = new long[slots * blocks];
        for (int i = 0; i < pattern.length; i++) {
            int slot = slot(pattern[i], true);
            masks[slot * blocks + (i >>> 6)] |= 1L << (i & 63);
        }
        pv = new long[blocks];
        mv = new long[blocks];
    }

    private int slot(int key, boolean insert) {
        // Grapheme ids are non-negative: code points, or interned ids above the code point range.
        int s = (key * 0x9E3779B9) >>> 7 & slotMask;
        while (keys[s] != -1 && keys[s] != key) {
            s = (s + 1) & slotMask;
        }
        if (keys[s] == -1) {
            if (!insert) {
                return -1;
            }
            keys[s] = key;
        }
        return s;
    }

    /** The edit distance from the pattern to {@code text}. Not thread-safe: one instance per lookup. */
    int distance(int[] text) {
        if (length == 0) {
            return text.length;
        }
        Arrays.fill(pv, -1L);
        Arrays.fill(mv, 0L);
        int score = length;
        for (int symbol : text) {
            int slot = slot(symbol, false);
            // Row 0 of the table is 0, 1, 2, ...: each column enters the first block with a +1 from above.
            int carry = 1;
            for (int b = 0; b < blocks; b++) {
                long eq = slot < 0 ? 0 : masks[slot * blocks + b];
                long p = pv[b];
                long m = mv[b];
                long xv = eq | m;
                if (carry < 0) {
                    eq |= 1L;
                }
                long xh = (((eq & p) + p) ^ p) | eq;
                long ph = m | ~(xh | p);
                long mh = p & xh;
                long high = b == blocks - 1 ? lastRowBit : 1L << 63;
                int out = (ph & high) != 0 ? 1 : (mh & high) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (carry < 0) {
                    mh |= 1L;
                } else if (carry > 0) {
                    ph |= 1L;
                }
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                carry = out;
            }
            score += carry;
        }
        return score;
    }
}
