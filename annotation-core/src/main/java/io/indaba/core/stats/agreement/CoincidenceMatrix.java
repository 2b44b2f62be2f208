package io.indaba.core.stats.agreement;

import java.util.List;

/** Krippendorff's coincidence matrix: how often each pair of values was given to the same unit. */
final class CoincidenceMatrix {

    private final double[][] coincidences;
    private final double[] marginals;
    private final double total;

    private CoincidenceMatrix(double[][] coincidences) {
        this.coincidences = coincidences;
        this.marginals = new double[coincidences.length];
        double sum = 0;
        for (int c = 0; c < coincidences.length; c++) {
            for (double count : coincidences[c]) {
                marginals[c] += count;
            }
            sum += marginals[c];
        }
        this.total = sum;
    }

    /** Wraps counts already summed, e.g. over a bootstrap resample of units. */
    static CoincidenceMatrix ofCounts(double[][] counts) {
        return new CoincidenceMatrix(counts);
    }

    /** Builds the matrix from units given as category codes 0..categories-1, one code per value. */
    static CoincidenceMatrix of(List<int[]> units, int categories) {
        double[][] o = new double[categories][categories];
        for (int[] unit : units) {
            int m = unit.length;
            if (m < 2) {
                continue; // a lone value has no partner to agree or disagree with
            }
            // every ordered pair of distinct values in the unit, weighted so that each unit contributes m values
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o[unit[i]][unit[j]] += 1.0 / (m - 1);
                    }
                }
            }
        }
        return new CoincidenceMatrix(o);
    }

    int categories() {
        return coincidences.length;
    }

    double coincidence(int c, int k) {
        return coincidences[c][k];
    }

    /** n_c: how many pairable values fell in category c. */
    double marginal(int c) {
        return marginals[c];
    }

    /** n: the number of pairable values. */
    double total() {
        return total;
    }
}
