package io.indaba.app.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranking from the keyboard: place, move up and down, tie with the one above. */
class RankingMovesTest {

    @Test
    void placingPutsAResponseBelowTheRankedOnes() {
        Map<Integer, Integer> ranks = RankingMoves.place(Map.of(), 2);
        assertEquals(Map.of(2, 1), ranks);
        ranks = RankingMoves.place(ranks, 0);
        assertEquals(Map.of(2, 1, 0, 2), ranks);
        assertEquals(ranks, RankingMoves.place(ranks, 2), "a ranked response stays where it is");
    }

    @Test
    void movingSwapsWithTheNeighbourAndStopsAtTheEnds() {
        Map<Integer, Integer> ranks = Map.of(0, 1, 1, 2, 2, 3);
        assertEquals(Map.of(0, 2, 1, 1, 2, 3), RankingMoves.moveUp(ranks, 1));
        assertEquals(ranks, RankingMoves.moveUp(ranks, 0));
        assertEquals(Map.of(0, 1, 1, 3, 2, 2), RankingMoves.moveDown(ranks, 1));
        assertEquals(ranks, RankingMoves.moveDown(ranks, 2));
    }

    @Test
    void tyingJoinsTheOneAboveAndMovingLeavesTheTie() {
        Map<Integer, Integer> ranks = Map.of(0, 1, 1, 2, 2, 3);
        Map<Integer, Integer> tied = RankingMoves.tieWithAbove(ranks, 2);
        assertEquals(Map.of(0, 1, 1, 2, 2, 2), tied);
        assertEquals(Map.of(0, 1, 2, 2, 1, 3), RankingMoves.moveDown(tied, 1), "out of the tie, just below it");
        assertEquals(Map.of(0, 1, 2, 2, 1, 3), RankingMoves.moveUp(tied, 2), "out of the tie, just above it");
        assertEquals(ranks, RankingMoves.tieWithAbove(ranks, 0), "the best has nothing above");
    }

    @Test
    void anUnrankedResponseIsPlacedBeforeItMoves() {
        assertEquals(Map.of(1, 1, 0, 2), RankingMoves.moveUp(Map.of(0, 1), 1), "placed below 0, then above it");
    }
}
