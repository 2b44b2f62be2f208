package io.indaba.core.prefer;

import java.util.List;

/**
 * One pairwise preference between candidates {@code a} and {@code b} (a has the smaller id), taken from one
 * judgement or, under the majority policy, from the judgements that agree with the majority.
 *
 * @param judgements the judgements behind it (one under the judgement policy)
 * @param agreement  the share of all decisions on the same item, language and pair that agree with the majority
 * @param margin     strength 1..3 of a win (the mean over {@code judgements} under the majority policy), a win without
 *                   a recorded strength counting 1; 0 for a tie or both-bad
 */
public record PairDecision(long a, long b, Outcome outcome, List<Judgement> judgements, double agreement,
                       double margin) {

    /** What was decided about the pair. */
    public enum Outcome {
        A_WINS, B_WINS, TIE, BOTH_BAD;

        /** Whether one side won: only these have a DPO form. */
        public boolean decisive() {
            return this == A_WINS || this == B_WINS;
        }
    }

    /** The preferred candidate of a decisive decision. */
    public long chosen() {
        return outcome == Outcome.B_WINS ? b : a;
    }

    /** The other candidate of a decisive decision. */
    public long rejected() {
        return outcome == Outcome.B_WINS ? a : b;
    }
}
