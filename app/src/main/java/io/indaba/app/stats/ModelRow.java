package io.indaba.app.stats;

/**
 * One model on the leaderboard.
 *
 * @param group   1-based connected group of models; Elo compares only within a group
 * @param rank    1-based rank within the group
 * @param eloLow  bootstrap 2.5th percentile, null without bootstrap
 * @param eloHigh bootstrap 97.5th percentile, null without bootstrap
 */
public record ModelRow(int group, int rank, String model, double elo, Double eloLow, Double eloHigh, int wins,
                       int losses, int ties) {

    /** Wins, losses and ties as "6-2-2". */
    public String record() {
        return wins + "-" + losses + "-" + ties;
    }
}
