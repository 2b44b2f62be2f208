package io.indaba.core.stats.agreement;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Krippendorff's alpha over units already coded as category indices 0..q-1 (ordinal: the index is the rank), with a
 * 95% percentile interval from resampling units with replacement. Each unit's share of the coincidence matrix is
 * summed once per resample, so 1,000 resamples of 10,000 units take well under a second.
 */
public final class CodedAlpha {

    private final List<int[]> units;
    private final int categories;
    private final Metric metric;
    private final double[][] fixedDelta;

    private CodedAlpha(List<int[]> units, int categories, Metric metric, double[][] fixedDelta) {
        this.units = units.stream().filter(u -> u.length >= 2).toList();
        this.categories = categories;
        this.metric = metric;
        this.fixedDelta = fixedDelta;
    }

    /** Nominal or ordinal alpha (ordinal needs the codes to be ranks). */
    public static CodedAlpha of(List<int[]> units, int categories, Metric metric) {
        if (metric != Metric.NOMINAL && metric != Metric.ORDINAL) {
            throw new IllegalArgumentException("coded alpha is nominal or ordinal, not " + metric);
        }
        return new CodedAlpha(units, categories, metric, null);
    }

    /** Alpha with a given delta between categories, e.g. the MASI distance between label sets. */
    public static CodedAlpha withDelta(List<int[]> units, double[][] delta) {
        return new CodedAlpha(units, delta.length, null, delta);
    }

    /** How many units have two values or more. */
    public int pairableUnits() {
        return units.size();
    }

    /** Alpha over every unit; NaN when undefined. */
    public double value() {
        double[] weights = new double[units.size()];
        java.util.Arrays.fill(weights, 1);
        return alpha(weights);
    }

    /** The 2.5% and 97.5% percentiles of alpha over {@code resamples} unit resamples; NaNs when undefined. */
    public double[] interval(int resamples, long seed) {
        if (resamples <= 0 || units.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] alphas = new double[resamples];
        int kept = 0;
        double[] weights = new double[units.size()];
        for (int r = 0; r < resamples; r++) {
            java.util.Arrays.fill(weights, 0);
            for (int i = 0; i < units.size(); i++) {
                weights[random.nextInt(units.size())]++;
            }
            double a = alpha(weights);
            if (!Double.isNaN(a)) {
                alphas[kept++] = a;
            }
        }
        if (kept == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] sorted = java.util.Arrays.copyOf(alphas, kept);
        java.util.Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.floor(0.025 * (kept - 1))], sorted[(int) Math.ceil(0.975 * (kept - 1))]};
    }

    private double alpha(double[] weights) {
        double[][] o = new double[categories][categories];
        for (int u = 0; u < units.size(); u++) {
            if (weights[u] == 0) {
                continue;
            }
            int[] unit = units.get(u);
            double share = weights[u] / (unit.length - 1);
            for (int i = 0; i < unit.length; i++) {
                for (int j = 0; j < unit.length; j++) {
                    if (i != j) {
                        o[unit[i]][unit[j]] += share;
                    }
                }
            }
        }
        CoincidenceMatrix m = CoincidenceMatrix.ofCounts(o);
        double[][] delta = fixedDelta != null ? fixedDelta
                : Distance.squared(metric, new double[categories], m);
        return KrippendorffAlpha.alpha(m, delta);
    }
}
