package io.indaba.core.stats.vote;

import java.util.Objects;

/**
 * One annotator's pairwise judgement exactly as it was displayed; the statistics' only input.
 *
 * @param itemId      the prompt item both candidates answer
 * @param annotatorId pseudonymous annotator id
 * @param lang        BCP-47 tag of the judged responses; every statistic is reported per language
 * @param left        id of the candidate shown on the left
 * @param right       id of the candidate shown on the right
 * @param outcome     the decision in display terms
 * @param strength    how strongly the winner is preferred: 1..3 for a win (1 when the interface did not ask),
 *                    0 for a tie or both-bad; the store's signed strength -3..+3 maps to its absolute value
 * @param leftModel   model that generated the left candidate, or null for human-written or imported text
 * @param rightModel  model that generated the right candidate, or null
 * @param leftLength  length of the left response in grapheme clusters (see {@link GraphemeCount})
 * @param rightLength length of the right response in grapheme clusters
 */
public record PairwiseVote(
        String itemId,
        String annotatorId,
        String lang,
        String left,
        String right,
        Outcome outcome,
        int strength,
        String leftModel,
        String rightModel,
        int leftLength,
        int rightLength) {

    public PairwiseVote {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(annotatorId, "annotatorId");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(outcome, "outcome");
        if (left.equals(right)) {
            throw new IllegalArgumentException("a pair needs two different candidates, got " + left + " twice");
        }
        if (outcome.decisive() ? strength < 1 || strength > 3 : strength != 0) {
            throw new IllegalArgumentException(
                    "strength must be 1..3 for a win and 0 for " + outcome + ", got " + strength);
        }
        if (leftLength < 0 || rightLength < 0) {
            throw new IllegalArgumentException("lengths cannot be negative");
        }
    }

    /** True when the annotator picked the response shown on the left. */
    public boolean pickedLeft() {
        return outcome == Outcome.LEFT_WINS;
    }
}
