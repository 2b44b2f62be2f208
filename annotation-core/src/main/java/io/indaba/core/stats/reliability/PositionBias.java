package io.indaba.core.stats.reliability;

import io.indaba.core.stats.vote.Outcome;
import io.indaba.core.stats.vote.PairwiseVote;
import java.util.Collection;

/** Position bias: how often the response shown on the left wins, ties and both-bad excluded. */
public final class PositionBias {

    private PositionBias() {
    }

    /** The left-pick rate of the given votes; an unbiased annotator is near 0.5 when order is randomised. */
    public static PickRate of(Collection<PairwiseVote> votes) {
        int decisive = 0;
        int left = 0;
        for (PairwiseVote vote : votes) {
            if (vote.outcome().decisive()) {
                decisive++;
                if (vote.outcome() == Outcome.LEFT_WINS) {
                    left++;
                }
            }
        }
        return PickRate.of(left, decisive);
    }
}
