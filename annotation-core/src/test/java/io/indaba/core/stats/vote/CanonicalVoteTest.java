package io.indaba.core.stats.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CanonicalVoteTest {

    private static PairwiseVote shown(String left, String right, Outcome outcome, int strength) {
        return new PairwiseVote("q1", "ann", "sw", left, right, outcome, strength, "model-" + left,
                "model-" + right, left.length(), right.length());
    }

    @Test
    void theSmallerIdShownLeftKeepsTheDisplayOrientation() {
        CanonicalVote vote = CanonicalVote.of(shown("c1", "c2", Outcome.LEFT_WINS, 2));
        assertEquals(new CandidatePair("q1", "c1", "c2"), vote.pair());
        assertEquals(Verdict.A_WINS, vote.verdict());
        assertTrue(vote.aShownLeft());
        assertEquals("model-c1", vote.modelA());
        assertEquals(2, vote.signedStrength());
    }

    @Test
    void theSmallerIdShownRightTurnsThePairAround() {
        CanonicalVote vote = CanonicalVote.of(shown("c2", "c1", Outcome.LEFT_WINS, 3));
        assertEquals(new CandidatePair("q1", "c1", "c2"), vote.pair());
        assertEquals(Verdict.B_WINS, vote.verdict(), "c2 won and c2 is B");
        assertFalse(vote.aShownLeft());
        assertEquals("model-c1", vote.modelA());
        assertEquals("model-c2", vote.modelB());
        assertEquals(-3, vote.signedStrength());
    }

    @Test
    void tiesAndBothBadHaveNoDirection() {
        assertEquals(Verdict.TIE, CanonicalVote.of(shown("c2", "c1", Outcome.TIE, 0)).verdict());
        CanonicalVote bothBad = CanonicalVote.of(shown("c2", "c1", Outcome.BOTH_BAD, 0));
        assertEquals(Verdict.BOTH_BAD, bothBad.verdict());
        assertEquals(0, bothBad.signedStrength());
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3);
    }

    @Property
    void swappingTheDisplayedPositionsGivesTheSameCanonicalVote(
            @ForAll("ids") String first, @ForAll("ids") String second, @ForAll Outcome outcome,
            @ForAll @IntRange(min = 1, max = 3) int strength,
            @ForAll @IntRange(max = 500) int firstLength, @ForAll @IntRange(max = 500) int secondLength) {
        if (first.equals(second)) {
            return;
        }
        int s = outcome.decisive() ? strength : 0;
        PairwiseVote asShown = new PairwiseVote("q", "ann", "sw", first, second, outcome, s,
                "m-" + first, "m-" + second, firstLength, secondLength);
        Outcome mirrored = switch (outcome) {
            case LEFT_WINS -> Outcome.RIGHT_WINS;
            case RIGHT_WINS -> Outcome.LEFT_WINS;
            default -> outcome;
        };
        PairwiseVote swapped = new PairwiseVote("q", "ann", "sw", second, first, mirrored, s,
                "m-" + second, "m-" + first, secondLength, firstLength);
        CanonicalVote a = CanonicalVote.of(asShown);
        CanonicalVote b = CanonicalVote.of(swapped);
        assertEquals(a.pair(), b.pair());
        assertEquals(a.verdict(), b.verdict());
        assertEquals(a.signedStrength(), b.signedStrength());
        assertEquals(a.modelA(), b.modelA());
        assertEquals(a.lengthA(), b.lengthA());
        assertEquals(a.aShownLeft(), !b.aShownLeft());
        assertEquals("m-" + a.pair().a(), a.modelA(), "model A must belong to candidate A");
    }
}
