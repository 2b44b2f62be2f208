package io.indaba.core.stats.ranking;

/**
 * One model's Bradley-Terry rating with its record.
 *
 * @param model   model name
 * @param beta    log-strength, mean zero within the model's component
 * @param elo     the same on the Elo scale, 1000 + 400 beta / ln 10 (component mean 1000)
 * @param eloLow  2.5th percentile of the bootstrap Elo ratings, null without bootstrap
 * @param eloHigh 97.5th percentile of the bootstrap Elo ratings, null without bootstrap
 * @param wins    comparisons won
 * @param losses  comparisons lost
 * @param ties    comparisons tied (each counts half a win in the fit)
 */
public record ModelRating(String model, double beta, double elo, Double eloLow, Double eloHigh,
                          int wins, int losses, int ties) {
}
