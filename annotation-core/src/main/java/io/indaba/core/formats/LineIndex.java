package io.indaba.core.formats;

import java.util.Arrays;

/** Maps character offsets of a text to 1-based line numbers (LF, CRLF and lone CR each end a line). */
final class LineIndex {

    private final int[] starts;

    LineIndex(String text) {
        int[] s = new int[64];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        starts = Arrays.copyOf(s, n);
    }

    /** The line holding character {@code offset}. */
    long lineOf(long offset) {
        int i = Arrays.binarySearch(starts, (int) Math.min(offset, Integer.MAX_VALUE));
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
