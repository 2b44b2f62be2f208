package io.indaba.core.stats.reliability;

import static io.indaba.core.stats.reliability.Votes.sized;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.stats.vote.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class BiasTest {

    @Test
    void positionBiasCountsLeftPicksAmongDecisiveVotes() {
        PickRate rate = PositionBias.of(List.of(
                sized(Outcome.LEFT_WINS, 1, 1), sized(Outcome.LEFT_WINS, 1, 1), sized(Outcome.LEFT_WINS, 1, 1),
                sized(Outcome.RIGHT_WINS, 1, 1), sized(Outcome.TIE, 1, 1), sized(Outcome.BOTH_BAD, 1, 1)));
        assertEquals(3, rate.hits());
        assertEquals(4, rate.trials());
        assertEquals(0.75, rate.rate(), 1e-12);
        assertEquals(0.625, rate.pValue(), 1e-12);
    }

    @Test
    void lengthBiasCountsLongerPicksAndSkipsEqualLengthsAndTies() {
        PickRate rate = LengthBias.of(List.of(
                sized(Outcome.LEFT_WINS, 200, 100),  // longer picked
                sized(Outcome.RIGHT_WINS, 100, 200), // longer picked
                sized(Outcome.RIGHT_WINS, 200, 100), // shorter picked
                sized(Outcome.LEFT_WINS, 50, 50),    // equal: no longer side
                sized(Outcome.TIE, 10, 300)));       // no pick
        assertEquals(2, rate.hits());
        assertEquals(3, rate.trials());
    }
}
