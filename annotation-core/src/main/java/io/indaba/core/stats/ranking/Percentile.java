package io.indaba.core.stats.ranking;

/** Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, R's default). */
final class Percentile {

    private Percentile() {
    }

    /** The q-quantile (0 <= q <= 1) of values already sorted ascending. */
    static double of(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
