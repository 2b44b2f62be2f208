package io.indaba.core.stats.ranking;

import java.util.List;

/**
 * Ratings of one connected set of models, best first; ratings of different components are not comparable.
 *
 * @param ratings     one entry per model, by descending Elo
 * @param comparisons comparisons among these models
 * @param iterations  MM iterations of the point estimate
 * @param converged   whether the point estimate converged
 */
public record RatingComponent(List<ModelRating> ratings, int comparisons, int iterations, boolean converged) {

    public RatingComponent {
        ratings = List.copyOf(ratings);
    }
}
