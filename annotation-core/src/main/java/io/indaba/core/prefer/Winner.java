package io.indaba.core.prefer;

/** The verdict of a pairwise judgement in fixed A/B terms (A is the candidate with the smaller id). */
public enum Winner {
    A("A"), B("B"), TIE("tie"), BOTH_BAD("both-bad");

    private final String code;

    Winner(String code) {
        this.code = code;
    }

    /** The code stored in the judgement table. */
    public String code() {
        return code;
    }

    /** True when one of the two responses was preferred. */
    public boolean decisive() {
        return this == A || this == B;
    }

    /** Parses a stored or typed code ("A", "b", "tie", "both-bad"). */
    public static Winner of(String code) {
        String trimmed = code == null ? "" : code.strip();
        for (Winner w : values()) {
            if (w.code.equalsIgnoreCase(trimmed)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown winner '" + code + "' (A, B, tie, both-bad)");
    }
}
