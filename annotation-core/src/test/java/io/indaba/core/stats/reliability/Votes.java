package io.indaba.core.stats.reliability;

import io.indaba.core.stats.vote.CanonicalVote;
import io.indaba.core.stats.vote.Outcome;
import io.indaba.core.stats.vote.PairwiseVote;

/** Terse vote construction for the reliability tests. */
final class Votes {

    private Votes() {
    }

    static PairwiseVote vote(String annotator, String item, String left, String right, Outcome outcome) {
        return new PairwiseVote(item, annotator, "sw", left, right, outcome, outcome.decisive() ? 1 : 0,
                null, null, 10, 10);
    }

    static PairwiseVote sized(Outcome outcome, int leftLength, int rightLength) {
        return new PairwiseVote("i", "ann", "sw", "x", "y", outcome, outcome.decisive() ? 2 : 0,
                null, null, leftLength, rightLength);
    }

    static CanonicalVote canonical(String annotator, String item, String left, String right, Outcome outcome) {
        return CanonicalVote.of(vote(annotator, item, left, right, outcome));
    }
}
