package io.indaba.core.stats.reliability;

import static io.indaba.core.stats.reliability.Votes.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.stats.vote.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwappedRepeatsTest {

    @Test
    void sameChoiceInOppositePositionsIsConsistent() {
        // c1 wins both times: left the first time, right the second
        Proportion rate = SwappedRepeats.of(List.of(
                canonical("ann", "q1", "c1", "c2", Outcome.LEFT_WINS),
                canonical("ann", "q1", "c2", "c1", Outcome.RIGHT_WINS)));
        assertEquals(1, rate.hits());
        assertEquals(1, rate.trials());
    }

    @Test
    void alwaysPickingTheLeftSideIsInconsistent() {
        Proportion rate = SwappedRepeats.of(List.of(
                canonical("ann", "q1", "c1", "c2", Outcome.LEFT_WINS),
                canonical("ann", "q1", "c2", "c1", Outcome.LEFT_WINS),
                canonical("ann", "q2", "c1", "c2", Outcome.TIE),
                canonical("ann", "q2", "c2", "c1", Outcome.TIE)));
        assertEquals(1, rate.hits(), "the tie repeated is consistent");
        assertEquals(2, rate.trials());
    }

    @Test
    void sameSideRepeatsAndOtherAnnotatorsAreNotRepeats() {
        Proportion rate = SwappedRepeats.of(List.of(
                canonical("ann", "q1", "c1", "c2", Outcome.LEFT_WINS),
                canonical("ann", "q1", "c1", "c2", Outcome.RIGHT_WINS),
                canonical("other", "q1", "c2", "c1", Outcome.RIGHT_WINS),
                canonical("ann", "q2", "c2", "c1", Outcome.RIGHT_WINS)));
        assertEquals(0, rate.trials());
    }

    @Test
    void threeVotesGiveOneTrialPerOppositePair() {
        Proportion rate = SwappedRepeats.of(List.of(
                canonical("ann", "q1", "c1", "c2", Outcome.LEFT_WINS),
                canonical("ann", "q1", "c1", "c2", Outcome.LEFT_WINS),
                canonical("ann", "q1", "c2", "c1", Outcome.LEFT_WINS)));
        assertEquals(0, rate.hits());
        assertEquals(2, rate.trials());
    }
}
