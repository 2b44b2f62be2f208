package io.indaba.core.stats;

import io.indaba.core.stats.ranking.BradleyTerry;

/**
 * Settings of a statistics run.
 *
 * @param bootstrapSamples resamples behind the Bradley-Terry 95% intervals; 0 skips the intervals
 * @param seed             seed of the resampling, so a report can be reproduced exactly
 * @param pseudoTies       virtual ties per compared pair of models that keep ratings finite (positive)
 */
public record StatsOptions(int bootstrapSamples, long seed, double pseudoTies) {

    public StatsOptions {
        if (bootstrapSamples < 0) {
            throw new IllegalArgumentException("bootstrapSamples cannot be negative");
        }
        if (!(pseudoTies > 0) || Double.isInfinite(pseudoTies)) {
            throw new IllegalArgumentException("pseudoTies must be a positive number, got " + pseudoTies);
        }
    }

    /** 1000 resamples, seed 1, the default Bradley-Terry prior. */
    public static StatsOptions defaults() {
        return new StatsOptions(1000, 1, BradleyTerry.DEFAULT_PSEUDO_TIES);
    }
}
