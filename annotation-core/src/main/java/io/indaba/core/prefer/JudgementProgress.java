package io.indaba.core.prefer;

/** Progress of one language: prompt items with at least k judgements out of those with two or more candidates. */
public record JudgementProgress(String lang, int done, int total, int k) {

    /** The share done in 0..1 (0 with nothing to judge). */
    public double share() {
        return total == 0 ? 0 : (double) done / total;
    }
}
