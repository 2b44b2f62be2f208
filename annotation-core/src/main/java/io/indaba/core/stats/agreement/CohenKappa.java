package io.indaba.core.stats.agreement;

import java.util.HashMap;
import java.util.Map;

/** Cohen's kappa for exactly two raters and nominal categories. {@link Double#NaN} when undefined. */
public final class CohenKappa {

    private CohenKappa() {
    }

    /** Kappa from a square confusion table: {@code table[i][j]} items the first rater put in i, the second in j. */
    public static double of(long[][] table) {
        int size = table.length;
        double[] rows = new double[size];
        double[] columns = new double[size];
        double total = 0;
        double diagonal = 0;
        for (int i = 0; i < size; i++) {
            if (table[i].length != size) {
                throw new IllegalArgumentException("the confusion table must be square");
            }
            for (int j = 0; j < size; j++) {
                rows[i] += table[i][j];
                columns[j] += table[i][j];
                total += table[i][j];
            }
            diagonal += table[i][i];
        }
        if (total == 0) {
            return Double.NaN;
        }
        double chance = 0;
        for (int i = 0; i < size; i++) {
            chance += (rows[i] / total) * (columns[i] / total);
        }
        if (chance == 1) {
            return Double.NaN; // both raters used one and the same category throughout
        }
        return (diagonal / total - chance) / (1 - chance);
    }

    /** Kappa over the units that both coders rated. */
    public static double of(RatingTable<?> table, String first, String second) {
        Map<Object, Integer> codes = new HashMap<>();
        table.values().forEach(v -> codes.computeIfAbsent(v, k -> codes.size()));
        long[][] confusion = new long[codes.size()][codes.size()];
        for (String unit : table.units()) {
            Map<String, ?> ratings = table.ratingsOf(unit);
            if (ratings.containsKey(first) && ratings.containsKey(second)) {
                confusion[codes.get(ratings.get(first))][codes.get(ratings.get(second))]++;
            }
        }
        return of(confusion);
    }
}
