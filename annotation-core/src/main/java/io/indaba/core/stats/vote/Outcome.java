package io.indaba.core.stats.vote;

/** An annotator's decision on a pair in display terms: the left or right response wins, a tie, or both are bad. */
public enum Outcome {
    LEFT_WINS,
    RIGHT_WINS,
    TIE,
    BOTH_BAD;

    /** True when one of the two responses was preferred. */
    public boolean decisive() {
        return this == LEFT_WINS || this == RIGHT_WINS;
    }
}
