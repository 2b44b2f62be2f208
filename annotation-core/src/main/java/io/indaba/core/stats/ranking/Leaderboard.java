package io.indaba.core.stats.ranking;

import java.util.List;

/**
 * Bradley-Terry ratings of every compared model, one component per connected part of the comparison graph.
 *
 * @param components       largest first; more than one means some models were never linked by comparisons
 * @param connected        true when all models can be ranked on one scale (at most one component)
 * @param bootstrapSamples resamples behind the intervals (0: no intervals)
 * @param seed             seed of the resampling, so the intervals can be reproduced
 * @param pseudoTies       virtual ties added to every compared pair (see {@link BradleyTerry})
 */
public record Leaderboard(List<RatingComponent> components, boolean connected, int bootstrapSamples, long seed,
                          double pseudoTies) {

    public Leaderboard {
        components = List.copyOf(components);
        // stored rather than derived so that JSON readers see it and a report reads back equal
        if (connected != components.size() <= 1) {
            throw new IllegalArgumentException("connected must say whether there is at most one component");
        }
    }
}
