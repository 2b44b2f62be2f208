package io.indaba.core.stats.vote;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PairwiseVoteTest {

    private static PairwiseVote vote(String left, String right, Outcome outcome, int strength, int leftLength) {
        return new PairwiseVote("q", "ann", "sw", left, right, outcome, strength, null, null, leftLength, 1);
    }

    @Test
    void acceptsWinsWithStrengthAndTiesWithout() {
        assertDoesNotThrow(() -> vote("a", "b", Outcome.LEFT_WINS, 3, 0));
        assertDoesNotThrow(() -> vote("a", "b", Outcome.BOTH_BAD, 0, 0));
    }

    @Test
    void refusesInconsistentVotes() {
        assertThrows(IllegalArgumentException.class, () -> vote("a", "a", Outcome.LEFT_WINS, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> vote("a", "b", Outcome.LEFT_WINS, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> vote("a", "b", Outcome.RIGHT_WINS, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> vote("a", "b", Outcome.TIE, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> vote("a", "b", Outcome.TIE, 0, -1));
        assertThrows(NullPointerException.class, () -> vote("a", "b", null, 0, 0));
    }
}
