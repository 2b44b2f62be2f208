package io.indaba.core.qa;

/** Char offsets {@code [start, end)} in a segment's target text that a finding points at, for highlighting. */
public record TextRange(int start, int end) {

    /** Rejects reversed or negative ranges. */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** The length in chars. */
    public int length() {
        return end - start;
    }
}
