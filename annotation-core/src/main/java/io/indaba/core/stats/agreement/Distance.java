package io.indaba.core.stats.agreement;

/** Squared difference functions (delta squared) of Krippendorff's alpha between category indices. */
final class Distance {

    private Distance() {
    }

    /**
     * The delta-squared matrix for categories whose numeric values are {@code values} (ascending); the ordinal
     * metric also needs the marginals of the coincidence matrix.
     */
    static double[][] squared(Metric metric, double[] values, CoincidenceMatrix matrix) {
        int size = values.length;
        double[][] delta = new double[size][size];
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                delta[c][k] = switch (metric) {
                    case NOMINAL -> c == k ? 0 : 1;
                    case ORDINAL -> ordinal(c, k, matrix);
                    case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
                    case RATIO -> ratio(values[c], values[k]);
                };
            }
        }
        return delta;
    }

    private static double ordinal(int c, int k, CoincidenceMatrix matrix) {
        int low = Math.min(c, k);
        int high = Math.max(c, k);
        double between = 0;
        for (int g = low; g <= high; g++) {
            between += matrix.marginal(g);
        }
        double d = between - (matrix.marginal(low) + matrix.marginal(high)) / 2;
        return d * d;
    }

    private static double ratio(double c, double k) {
        if (c + k == 0) {
            return 0; // both zero: identical
        }
        double d = (c - k) / (c + k);
        return d * d;
    }
}
