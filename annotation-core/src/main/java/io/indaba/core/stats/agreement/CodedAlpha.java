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
    /** Units with the same values (in any order) add the same to the matrix: each unit's pattern index. */
    private final int[] patternOf;
    /** Per pattern, its coincidences as (c, k, amount) triples. */
    private final List<double[]> patterns = new java.util.ArrayList<>();
    private final int categories;
    private final Metric metric;
    private final double[][] fixedDelta;

    private CodedAlpha(List<int[]> units, int categories, Metric metric, double[][] fixedDelta) {
        // Only the categories that occur take part: alpha does not depend on the others, and a 249-country list
        // would otherwise make every resample square it. Codes keep their order, so ordinal ranks stay ranks.
        int[] dense = new int[categories];
        java.util.Arrays.fill(dense, -1);
        List<int[]> pairable = units.stream().filter(u -> u.length >= 2).toList();
        for (int[] u : pairable) {
            for (int c : u) {
                dense[c] = 0;
            }
        }
        int used = 0;
        for (int c = 0; c < categories; c++) {
            if (dense[c] == 0) {
                dense[c] = used++;
            }
        }
        this.units = pairable.stream().map(u -> java.util.Arrays.stream(u).map(c -> dense[c]).toArray()).toList();
        this.categories = used;
        this.patternOf = new int[this.units.size()];
        java.util.Map<List<Integer>, Integer> index = new java.util.HashMap<>();
        for (int u = 0; u < this.units.size(); u++) {
            int[] unit = this.units.get(u);
            List<Integer> key = java.util.Arrays.stream(unit).sorted().boxed().toList();
            Integer known = index.get(key);
            if (known == null) {
                known = patterns.size();
                index.put(key, known);
                patterns.add(coincidences(unit));
            }
            patternOf[u] = known;
        }
        this.metric = metric;
        if (fixedDelta == null) {
            this.fixedDelta = null;
        } else {
            double[][] d = new double[used][used];
            for (int c = 0; c < categories; c++) {
                for (int k = 0; k < categories; k++) {
                    if (dense[c] >= 0 && dense[k] >= 0) {
                        d[dense[c]][dense[k]] = fixedDelta[c][k];
                    }
                }
            }
            this.fixedDelta = d;
        }
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
        double[] weights = new double[patterns.size()];
        for (int p : patternOf) {
            weights[p]++;
        }
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
        double[] weights = new double[patterns.size()];
        for (int r = 0; r < resamples; r++) {
            java.util.Arrays.fill(weights, 0);
            for (int i = 0; i < units.size(); i++) {
                weights[patternOf[random.nextInt(units.size())]]++;
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

    /** One unit's ordered pairs of distinct values, each weighted 1 / (m - 1), as (c, k, amount) triples. */
    private static double[] coincidences(int[] unit) {
        int m = unit.length;
        double[] out = new double[3 * m * (m - 1)];
        int n = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i != j) {
                    out[n++] = unit[i];
                    out[n++] = unit[j];
                    out[n++] = 1.0 / (m - 1);
                }
            }
        }
        return out;
    }

    private double alpha(double[] weights) {
        double[][] o = new double[categories][categories];
        for (int p = 0; p < weights.length; p++) {
            if (weights[p] == 0) {
                continue;
            }
            double[] triples = patterns.get(p);
            for (int t = 0; t < triples.length; t += 3) {
                o[(int) triples[t]][(int) triples[t + 1]] += weights[p] * triples[t + 2];
            }
        }
        CoincidenceMatrix m = CoincidenceMatrix.ofCounts(o);
        double[][] delta = fixedDelta != null ? fixedDelta
                : Distance.squared(metric, new double[categories], m);
        return KrippendorffAlpha.alpha(m, delta);
    }
}
