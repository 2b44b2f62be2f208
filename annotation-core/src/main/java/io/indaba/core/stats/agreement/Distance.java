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
        // cumulative marginals make each ordinal distance O(1) instead of a sum over the ranks between
        double[] cumulative = new double[size + 1];
        for (int g = 0; g < size; g++) {
            cumulative[g + 1] = cumulative[g] + matrix.marginal(g);
        }
        double[][] delta = new double[size][size];
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                delta[c][k] = switch (metric) {
                    case NOMINAL -> c == k ? 0 : 1;
                    case ORDINAL -> ordinal(c, k, cumulative);
                    case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
                    case RATIO -> ratio(values[c], values[k]);
                };
            }
        }
        return delta;
    }

    /** (sum of n_g for g from c to k, minus (n_c + n_k) / 2) squared, with ranks c and k. */
    private static double ordinal(int c, int k, double[] cumulative) {
        int low = Math.min(c, k);
        int high = Math.max(c, k);
        double between = cumulative[high + 1] - cumulative[low];
        double ends = (cumulative[low + 1] - cumulative[low]) + (cumulative[high + 1] - cumulative[high]);
        double d = between - ends / 2;
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
