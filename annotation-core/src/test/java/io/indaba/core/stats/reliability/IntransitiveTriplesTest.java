package io.indaba.core.stats.reliability;

import static io.indaba.core.stats.reliability.Votes.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.stats.vote.CanonicalVote;
import io.indaba.core.stats.vote.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntransitiveTriplesTest {

    @Test
    void findsACycleWhateverTheDisplayOrder() {
        // x over y, y over z, z over x
        Proportion rate = IntransitiveTriples.of(List.of(
                canonical("ann", "q", "x", "y", Outcome.LEFT_WINS),
                canonical("ann", "q", "z", "y", Outcome.RIGHT_WINS),
                canonical("ann", "q", "z", "x", Outcome.LEFT_WINS)));
        assertEquals(1, rate.hits());
        assertEquals(1, rate.trials());
    }

    @Test
    void aTransitiveOrderHasNoCycle() {
        Proportion rate = IntransitiveTriples.of(List.of(
                canonical("ann", "q", "x", "y", Outcome.LEFT_WINS),
                canonical("ann", "q", "y", "z", Outcome.LEFT_WINS),
                canonical("ann", "q", "z", "x", Outcome.RIGHT_WINS)));
        assertEquals(0, rate.hits());
        assertEquals(1, rate.trials());
    }

    @Test
    void triplesNeedOneAnnotatorOneItemAndThreeStrictPreferences() {
        List<CanonicalVote> votes = new ArrayList<>(List.of(
                canonical("ann", "q", "x", "y", Outcome.LEFT_WINS),
                canonical("ann", "q", "y", "z", Outcome.LEFT_WINS),
                canonical("other", "q", "z", "x", Outcome.LEFT_WINS),  // someone else's vote
                canonical("ann", "q2", "z", "x", Outcome.LEFT_WINS),   // another item
                canonical("ann", "q", "z", "x", Outcome.TIE)));        // not strict
        assertEquals(0, IntransitiveTriples.of(votes).trials());
        // contradicting repeats leave the pair without a preference
        votes.add(canonical("ann", "q", "x", "z", Outcome.LEFT_WINS));
        votes.add(canonical("ann", "q", "x", "z", Outcome.RIGHT_WINS));
        assertEquals(0, IntransitiveTriples.of(votes).trials());
    }

    @Test
    void countsEveryTripleOfFourCandidates() {
        // a strict order over four candidates, with d over a turning two of the four triples into cycles
        String[][] wins = {{"a", "b"}, {"a", "c"}, {"b", "c"}, {"b", "d"}, {"c", "d"}, {"d", "a"}};
        List<CanonicalVote> votes = new ArrayList<>();
        for (String[] win : wins) {
            votes.add(canonical("ann", "q", win[0], win[1], Outcome.LEFT_WINS));
        }
        Proportion rate = IntransitiveTriples.of(votes);
        assertEquals(4, rate.trials());
        assertEquals(2, rate.hits()); // (a,b,d) and (a,c,d) are cyclic; (a,b,c) and (b,c,d) are not
    }
}
