package io.indaba.core.stats.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaderboardTest {

    private static List<Comparison> threeModels() {
        List<Comparison> games = new ArrayList<>();
        games.addAll(Collections.nCopies(30, Comparison.win("strong", "middle")));
        games.addAll(Collections.nCopies(10, Comparison.win("middle", "strong")));
        games.addAll(Collections.nCopies(25, Comparison.win("middle", "weak")));
        games.addAll(Collections.nCopies(15, Comparison.win("weak", "middle")));
        games.addAll(Collections.nCopies(5, Comparison.tie("strong", "weak")));
        games.addAll(Collections.nCopies(12, Comparison.win("strong", "weak")));
        return games;
    }

    @Test
    void ranksBestFirstWithRecordsAndIntervalsAroundThePoint() {
        Leaderboard board = new BradleyTerry().rate(threeModels(), 300, 42);
        assertTrue(board.connected());
        RatingComponent only = board.components().get(0);
        assertEquals(List.of("strong", "middle", "weak"), only.ratings().stream().map(ModelRating::model).toList());
        assertEquals(97, only.comparisons());
        ModelRating strong = only.ratings().get(0);
        assertEquals(42, strong.wins());
        assertEquals(10, strong.losses());
        assertEquals(5, strong.ties());
        for (ModelRating rating : only.ratings()) {
            assertTrue(rating.eloLow() < rating.elo() && rating.elo() < rating.eloHigh(), rating.toString());
            assertEquals(BradleyTerry.elo(rating.beta()), rating.elo(), 1e-9);
        }
        double meanElo = only.ratings().stream().mapToDouble(ModelRating::elo).average().orElseThrow();
        assertEquals(1000, meanElo, 1e-6);
    }

    @Test
    void sameSeedSameIntervalsOtherSeedOtherIntervals() {
        BradleyTerry bt = new BradleyTerry();
        Leaderboard first = bt.rate(threeModels(), 100, 1);
        Leaderboard again = bt.rate(threeModels(), 100, 1);
        Leaderboard other = bt.rate(threeModels(), 100, 2);
        assertEquals(first, again);
        assertNotEquals(first.components().get(0).ratings().get(0).eloLow(),
                other.components().get(0).ratings().get(0).eloLow());
    }

    @Test
    void noBootstrapMeansNoIntervals() {
        ModelRating rating = new BradleyTerry().rate(threeModels(), 0, 0).components().get(0).ratings().get(0);
        assertNull(rating.eloLow());
        assertNull(rating.eloHigh());
    }

    @Test
    void fitsEachComponentOfADisconnectedGraphOnItsOwn() {
        List<Comparison> games = new ArrayList<>(threeModels());
        games.addAll(Collections.nCopies(3, Comparison.win("x", "y")));
        games.add(Comparison.win("y", "x"));
        Leaderboard board = new BradleyTerry().rate(games, 50, 3);
        assertFalse(board.connected());
        assertEquals(2, board.components().size());
        assertEquals(3, board.components().get(0).ratings().size(), "largest component first");
        RatingComponent pair = board.components().get(1);
        assertEquals(List.of("x", "y"), pair.ratings().stream().map(ModelRating::model).toList());
        assertEquals(Math.log(3.05 / 1.05), pair.ratings().get(0).beta() - pair.ratings().get(1).beta(), 1e-8);
        // the large component is unaffected by the unrelated pair
        assertEquals(new BradleyTerry().rate(threeModels(), 50, 3).components().get(0),
                board.components().get(0));
    }

    @Test
    void aNeverWinningModelKeepsFiniteBootstrapIntervals() {
        List<Comparison> games = new ArrayList<>(threeModels());
        games.addAll(Collections.nCopies(6, Comparison.win("middle", "hopeless")));
        RatingComponent component = new BradleyTerry().rate(games, 200, 9).components().get(0);
        ModelRating hopeless = component.ratings().get(component.ratings().size() - 1);
        assertEquals("hopeless", hopeless.model());
        assertTrue(Double.isFinite(hopeless.eloLow()) && Double.isFinite(hopeless.elo()));
        assertTrue(component.converged());
    }

    @Test
    void anEmptyListGivesNoComponents() {
        assertTrue(new BradleyTerry().rate(List.of(), 10, 0).components().isEmpty());
    }
}
