package io.indaba.core.stats.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's alpha, alpha = 1 - D_o / D_e over the coincidence matrix, for any number of coders and
 * missing values (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
 *
 * <p>Units with fewer than two values are ignored because nothing can be compared in them. The result is
 * {@link Double#NaN} when alpha is undefined: no pairable values, or no variation at all (every value equal),
 * where expected disagreement is zero.
 *
 * <p>Every distinct value is a row of the coincidence matrix, so memory grows with the square of the number
 * of distinct values: fine for categories and rating scales, not for thousands of continuous measurements.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** Alpha for numeric values at the given level of measurement. */
    public static double of(RatingTable<? extends Number> table, Metric metric) {
        if (metric == Metric.NOMINAL) {
            return nominal(table.map(KrippendorffAlpha::plain));
        }
        // categories are the distinct values in ascending order, so ordinal ranks follow the numbers
        double[] values = table.values().mapToDouble(KrippendorffAlpha::plain).distinct().sorted().toArray();
        if (metric == Metric.RATIO && values.length > 0 && values[0] < 0) {
            throw new IllegalArgumentException("the ratio metric needs non-negative values, got " + values[0]);
        }
        List<int[]> units = new ArrayList<>();
        for (String unit : table.units()) {
            units.add(table.ratingsOf(unit).values().stream()
                    .mapToInt(v -> Arrays.binarySearch(values, plain(v)))
                    .toArray());
        }
        CoincidenceMatrix matrix = CoincidenceMatrix.of(units, values.length);
        return alpha(matrix, Distance.squared(metric, values, matrix));
    }

    /** Alpha for category labels of any type, compared only for equality. */
    public static double nominal(RatingTable<?> table) {
        Map<Object, Integer> codes = new HashMap<>();
        List<int[]> units = new ArrayList<>();
        for (String unit : table.units()) {
            units.add(table.ratingsOf(unit).values().stream()
                    .mapToInt(v -> codes.computeIfAbsent(v, k -> codes.size()))
                    .toArray());
        }
        CoincidenceMatrix matrix = CoincidenceMatrix.of(units, codes.size());
        return alpha(matrix, Distance.squared(Metric.NOMINAL, new double[codes.size()], matrix));
    }

    static double alpha(CoincidenceMatrix m, double[][] delta) {
        double n = m.total();
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < m.categories(); c++) {
            for (int k = 0; k < m.categories(); k++) {
                observed += m.coincidence(c, k) * delta[c][k];
                expected += m.marginal(c) * m.marginal(k) * delta[c][k];
            }
        }
        if (n < 2 || expected == 0) {
            return Double.NaN;
        }
        // D_o = observed / n and D_e = expected / (n (n - 1)), so D_o / D_e simplifies to this
        return 1 - (n - 1) * observed / expected;
    }

    private static double plain(Number value) {
        double v = value.doubleValue();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("values must be finite numbers, got " + v);
        }
        return v + 0.0; // turns -0.0 into 0.0 so they are one category
    }
}
