package io.indaba.core.stats.vote;

/**
 * A vote turned to the fixed orientation in which candidate A is the one with the smaller id
 * ({@link String#compareTo} order), so that two annotators who saw the pair in opposite positions agree
 * exactly when they preferred the same response.
 *
 * @param pair      the item and its two candidates, A first
 * @param verdict   the decision in A/B terms
 * @param strength  how strongly the winner is preferred, 0 without a winner (as in {@link PairwiseVote})
 * @param aShownLeft whether candidate A was displayed on the left
 */
public record CanonicalVote(
        String annotatorId,
        String lang,
        CandidatePair pair,
        Verdict verdict,
        int strength,
        boolean aShownLeft,
        String modelA,
        String modelB,
        int lengthA,
        int lengthB) {

    /** Turns a displayed vote to the canonical orientation. */
    public static CanonicalVote of(PairwiseVote vote) {
        boolean leftIsA = vote.left().compareTo(vote.right()) < 0;
        Verdict verdict = switch (vote.outcome()) {
            case LEFT_WINS -> leftIsA ? Verdict.A_WINS : Verdict.B_WINS;
            case RIGHT_WINS -> leftIsA ? Verdict.B_WINS : Verdict.A_WINS;
            case TIE -> Verdict.TIE;
            case BOTH_BAD -> Verdict.BOTH_BAD;
        };
        return leftIsA
                ? new CanonicalVote(vote.annotatorId(), vote.lang(),
                        new CandidatePair(vote.itemId(), vote.left(), vote.right()), verdict, vote.strength(), true,
                        vote.leftModel(), vote.rightModel(), vote.leftLength(), vote.rightLength())
                : new CanonicalVote(vote.annotatorId(), vote.lang(),
                        new CandidatePair(vote.itemId(), vote.right(), vote.left()), verdict, vote.strength(), false,
                        vote.rightModel(), vote.leftModel(), vote.rightLength(), vote.leftLength());
    }

    /**
     * Preference on one scale from -3 (B strongly preferred) to +3 (A strongly preferred); ties and both-bad
     * are 0 because neither response is preferred. Ordinal and interval agreement are computed on this scale.
     */
    public int signedStrength() {
        return switch (verdict) {
            case A_WINS -> strength;
            case B_WINS -> -strength;
            case TIE, BOTH_BAD -> 0;
        };
    }
}
