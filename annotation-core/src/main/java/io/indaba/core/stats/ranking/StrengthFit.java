package io.indaba.core.stats.ranking;

import java.util.Map;

/**
 * Bradley-Terry log-strengths of one connected set of models, with mean zero, and how the fit ended.
 *
 * @param beta       log-strength by model: P(i beats j) = 1 / (1 + exp(beta_j - beta_i))
 * @param iterations MM iterations used
 * @param converged  whether the largest change fell below the tolerance before the iteration limit
 */
public record StrengthFit(Map<String, Double> beta, int iterations, boolean converged) {

    public StrengthFit {
        beta = Map.copyOf(beta);
    }

    /** The model probability of {@code first} beating {@code second}. */
    public double winProbability(String first, String second) {
        return 1 / (1 + Math.exp(beta.get(second) - beta.get(first)));
    }
}
