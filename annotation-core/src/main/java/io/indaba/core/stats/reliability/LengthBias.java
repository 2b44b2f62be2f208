package io.indaba.core.stats.reliability;

import io.indaba.core.stats.vote.PairwiseVote;
import java.util.Collection;

/**
 * Length bias: how often the longer response wins, among decisive votes on responses of different length.
 * A high rate is a warning, not a verdict: longer answers are sometimes genuinely better.
 */
public final class LengthBias {

    private LengthBias() {
    }

    /** The longer-pick rate of the given votes, lengths as recorded on each vote. */
    public static PickRate of(Collection<PairwiseVote> votes) {
        int decisive = 0;
        int longer = 0;
        for (PairwiseVote vote : votes) {
            if (vote.outcome().decisive() && vote.leftLength() != vote.rightLength()) {
                decisive++;
                if (vote.pickedLeft() == vote.leftLength() > vote.rightLength()) {
                    longer++;
                }
            }
        }
        return PickRate.of(longer, decisive);
    }
}
