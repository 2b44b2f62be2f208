package io.indaba.core.stats.ranking;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparisons of one connected set of models in indexed form, so that the full data and every bootstrap
 * resample can be turned into pair counts and wins cheaply.
 */
final class ComparisonSet {

    private final List<String> models;
    private final List<Comparison> comparisons;
    private final int[] pairFirst;
    private final int[] pairSecond;
    private final int[] pairOf;
    private final double[] firstScore;
    private final double pseudoTies;

    /** Indexes comparisons among {@code models} (sorted names); pseudo ties go to every pair compared here. */
    ComparisonSet(List<String> models, List<Comparison> comparisons, double pseudoTies) {
        this.models = models;
        this.comparisons = comparisons;
        this.pseudoTies = pseudoTies;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            index.put(models.get(i), i);
        }
        Map<Long, Integer> pairs = new HashMap<>();
        this.pairOf = new int[comparisons.size()];
        this.firstScore = new double[comparisons.size()];
        int[] first = new int[comparisons.size()];
        int[] second = new int[comparisons.size()];
        for (int c = 0; c < comparisons.size(); c++) {
            int a = index.get(comparisons.get(c).modelA());
            int b = index.get(comparisons.get(c).modelB());
            int low = Math.min(a, b);
            int high = Math.max(a, b);
            int pair = pairs.computeIfAbsent((long) low * models.size() + high, key -> pairs.size());
            first[pair] = low;
            second[pair] = high;
            pairOf[c] = pair;
            firstScore[c] = a == low ? comparisons.get(c).scoreA() : 1 - comparisons.get(c).scoreA();
        }
        this.pairFirst = Arrays.copyOf(first, pairs.size());
        this.pairSecond = Arrays.copyOf(second, pairs.size());
    }

    List<String> models() {
        return models;
    }

    List<Comparison> comparisons() {
        return comparisons;
    }

    /**
     * Fits strengths to the comparisons at the given indices (the full data, or a resample with repeats).
     * The pseudo ties sit on the pairs of the full data, so a resample never loses connectivity.
     */
    MmSolver.Solution fit(int[] sample, double[] start, int maxIterations, double tolerance) {
        double[] games = new double[pairFirst.length];
        double[] wins = new double[models.size()];
        for (int e = 0; e < games.length; e++) {
            games[e] = pseudoTies;
            wins[pairFirst[e]] += pseudoTies / 2;
            wins[pairSecond[e]] += pseudoTies / 2;
        }
        for (int c : sample) {
            int pair = pairOf[c];
            games[pair] += 1;
            wins[pairFirst[pair]] += firstScore[c];
            wins[pairSecond[pair]] += 1 - firstScore[c];
        }
        return MmSolver.solve(pairFirst, pairSecond, games, wins, start, maxIterations, tolerance);
    }
}
