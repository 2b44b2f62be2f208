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

    /** Below this many comparisons a bootstrap interval mostly repeats the same few votes: it is not shown. */
    static final int FEWEST_VOTES_FOR_INTERVAL = 10;

    /** The 95% interval as "1290 – 1410", a dash without bootstrap, or "too few votes" where it would mislead. */
    public String interval() {
        if (eloLow == null || eloHigh == null) {
            return StatsFormat.NONE;
        }
        long low = Math.round(eloLow);
        long high = Math.round(eloHigh);
        // three votes resampled give the same ratings every time: "1357 – 1357" would read as certainty
        if (wins + losses + ties < FEWEST_VOTES_FOR_INTERVAL || low == high) {
            return io.indaba.app.common.Messages.get("stats.tooFewVotes");
        }
        return low + " – " + high;
    }

    /** Wins, losses and ties as "6-2-2". */
    public String record() {
        return wins + "-" + losses + "-" + ties;
    }
}
