package io.indaba.core.stats.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fleiss' kappa for many raters and nominal categories (Fleiss 1971).
 *
 * <p>Subjects may have different numbers of ratings: each subject's agreement is computed with its own count
 * and category proportions are pooled over all ratings (the usual generalisation); with equal counts this is
 * exactly Fleiss' formula. Subjects with fewer than two ratings are skipped. {@link Double#NaN} when undefined.
 * R's {@code irr::kappam.fleiss} instead keeps only complete subjects, rated by every rater: that figure is
 * {@link #ofCompleteUnits}.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /** Kappa from a subjects-by-categories table of how many raters put each subject in each category. */
    public static double of(int[][] counts) {
        int categories = counts.length == 0 ? 0 : counts[0].length;
        double[] categoryTotals = new double[categories];
        double ratings = 0;
        double agreementSum = 0;
        int subjects = 0;
        for (int[] row : counts) {
            if (row.length != categories) {
                throw new IllegalArgumentException("every subject needs " + categories + " category counts");
            }
            long n = 0;
            long squares = 0;
            for (int count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("counts cannot be negative");
                }
                n += count;
                squares += (long) count * count;
            }
            if (n < 2) {
                continue;
            }
            agreementSum += (double) (squares - n) / (n * (n - 1));
            subjects++;
            for (int j = 0; j < categories; j++) {
                categoryTotals[j] += row[j];
            }
            ratings += n;
        }
        if (subjects == 0) {
            return Double.NaN;
        }
        double observed = agreementSum / subjects;
        double chance = 0;
        for (double total : categoryTotals) {
            chance += (total / ratings) * (total / ratings);
        }
        if (chance == 1) {
            return Double.NaN; // every rating in one category: chance agreement is perfect
        }
        return (observed - chance) / (1 - chance);
    }

    /** Kappa over the units of a rating table, treating values as categories. */
    public static double of(RatingTable<?> table) {
        return of(table, false);
    }

    /**
     * Kappa over only the units that every coder of the table rated, as R's {@code kappam.fleiss} computes it
     * (it drops incomplete rows); NaN when fewer than two coders or no complete unit.
     */
    public static double ofCompleteUnits(RatingTable<?> table) {
        return table.coders().size() < 2 ? Double.NaN : of(table, true);
    }

    /** How many units every coder of the table rated. */
    public static int completeUnits(RatingTable<?> table) {
        int coders = table.coders().size();
        return (int) table.units().stream().filter(u -> table.ratingsOf(u).size() == coders).count();
    }

    private static double of(RatingTable<?> table, boolean completeOnly) {
        int coders = table.coders().size();
        Map<Object, Integer> codes = new HashMap<>();
        table.values().forEach(v -> codes.computeIfAbsent(v, k -> codes.size()));
        List<int[]> rows = new ArrayList<>();
        for (String unit : table.units()) {
            if (completeOnly && table.ratingsOf(unit).size() != coders) {
                continue;
            }
            int[] row = new int[codes.size()];
            table.ratingsOf(unit).values().forEach(v -> row[codes.get(v)]++);
            rows.add(row);
        }
        return of(rows.toArray(int[][]::new));
    }
}
