package io.indaba.core.stats.vote;

/** A decision on a pair in canonical terms, independent of where each response was displayed. */
public enum Verdict {
    A_WINS,
    B_WINS,
    TIE,
    BOTH_BAD;

    /** True when one of the two responses was preferred. */
    public boolean decisive() {
        return this == A_WINS || this == B_WINS;
    }
}
