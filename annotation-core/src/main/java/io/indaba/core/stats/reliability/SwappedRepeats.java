package io.indaba.core.stats.reliability;

import io.indaba.core.stats.vote.CandidatePair;
import io.indaba.core.stats.vote.CanonicalVote;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test-retest consistency on swapped-order repeats: one annotator judged the same pair of one item twice,
 * once with each candidate on the left. Every such pair of votes is one trial; it is consistent when both
 * votes give the same canonical verdict (ties and both-bad included, as the annotator chose them).
 */
public final class SwappedRepeats {

    private SwappedRepeats() {
    }

    /** Consistent repeat pairs out of all repeat pairs, over every annotator in {@code votes}. */
    public static Proportion of(Collection<CanonicalVote> votes) {
        Map<String, Map<CandidatePair, List<CanonicalVote>>> byAnnotator = votes.stream().collect(
                Collectors.groupingBy(CanonicalVote::annotatorId, LinkedHashMap::new,
                        Collectors.groupingBy(CanonicalVote::pair, LinkedHashMap::new, Collectors.toList())));
        int trials = 0;
        int consistent = 0;
        for (Map<CandidatePair, List<CanonicalVote>> pairs : byAnnotator.values()) {
            for (List<CanonicalVote> repeats : pairs.values()) {
                for (CanonicalVote aLeft : repeats) {
                    for (CanonicalVote aRight : repeats) {
                        // only opposite orientations: same-side repeats say nothing about position effects
                        if (aLeft.aShownLeft() && !aRight.aShownLeft()) {
                            trials++;
                            if (aLeft.verdict() == aRight.verdict()) {
                                consistent++;
                            }
                        }
                    }
                }
            }
        }
        return Proportion.of(consistent, trials);
    }
}
