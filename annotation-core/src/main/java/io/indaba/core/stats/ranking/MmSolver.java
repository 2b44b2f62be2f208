package io.indaba.core.stats.ranking;

/**
 * Hunter's (2004) minorisation-maximisation iteration for Bradley-Terry on indexed models:
 * p_i <- W_i / sum_j n_ij / (p_i + p_j), renormalised so that the log-strengths have mean zero.
 */
final class MmSolver {

    /** Log-strengths (mean zero), the iterations used and whether the change fell below the tolerance. */
    record Solution(double[] beta, int iterations, boolean converged) {
    }

    private MmSolver() {
    }

    /**
     * Solves for strengths given, per unordered pair {@code e}, the models {@code first[e]}, {@code second[e]}
     * and their number of games, and each model's (possibly fractional) number of wins.
     */
    static Solution solve(int[] first, int[] second, double[] games, double[] wins, double[] start,
                          int maxIterations, double tolerance) {
        int models = wins.length;
        double[] beta = start.clone();
        double[] p = new double[models];
        double[] denominator = new double[models];
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            for (int i = 0; i < models; i++) {
                p[i] = Math.exp(beta[i]);
                denominator[i] = 0;
            }
            for (int e = 0; e < games.length; e++) {
                double share = games[e] / (p[first[e]] + p[second[e]]);
                denominator[first[e]] += share;
                denominator[second[e]] += share;
            }
            double[] next = new double[models];
            double mean = 0;
            for (int i = 0; i < models; i++) {
                next[i] = Math.log(wins[i] / denominator[i]);
                mean += next[i] / models;
            }
            double change = 0;
            for (int i = 0; i < models; i++) {
                next[i] -= mean;
                change = Math.max(change, Math.abs(next[i] - beta[i]));
            }
            beta = next;
            if (change < tolerance) {
                return new Solution(beta, iteration, true);
            }
        }
        return new Solution(beta, maxIterations, false);
    }
}
