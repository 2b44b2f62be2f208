package io.indaba.core.stats.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BradleyTerryTest {

    private static void repeat(List<Comparison> into, int times, Comparison comparison) {
        into.addAll(Collections.nCopies(times, comparison));
    }

    @Test
    void twoModelsMatchTheClosedForm() {
        List<Comparison> games = new ArrayList<>();
        repeat(games, 7, Comparison.win("a", "b"));
        repeat(games, 3, Comparison.win("b", "a"));
        StrengthFit fit = new BradleyTerry().fit(games);
        // with 0.1 virtual ties each side has 0.05 extra wins: exp(beta_a - beta_b) = 7.05 / 3.05
        assertEquals(Math.log(7.05 / 3.05), fit.beta().get("a") - fit.beta().get("b"), 1e-8);
        assertEquals(0, fit.beta().get("a") + fit.beta().get("b"), 1e-12);
        assertEquals(7.05 / 10.1, fit.winProbability("a", "b"), 1e-8);
        assertTrue(fit.converged());
    }

    @Test
    void aTieIsHalfAWinForEachSide() {
        List<Comparison> games = new ArrayList<>();
        repeat(games, 1, Comparison.win("a", "b"));
        repeat(games, 2, Comparison.tie("b", "a"));
        StrengthFit fit = new BradleyTerry().fit(games);
        assertEquals(Math.log(2.05 / 1.05), fit.beta().get("a") - fit.beta().get("b"), 1e-8);
    }

    @Test
    void onlyTiesGiveEqualStrengths() {
        List<Comparison> games = List.of(Comparison.tie("a", "b"), Comparison.tie("b", "c"), Comparison.tie("a", "c"));
        new BradleyTerry().fit(games).beta().values().forEach(beta -> assertEquals(0, beta, 1e-9));
    }

    @Test
    void ordersATransitiveRecord() {
        List<Comparison> games = new ArrayList<>();
        repeat(games, 8, Comparison.win("a", "b"));
        repeat(games, 2, Comparison.win("b", "a"));
        repeat(games, 8, Comparison.win("b", "c"));
        repeat(games, 2, Comparison.win("c", "b"));
        repeat(games, 9, Comparison.win("a", "c"));
        repeat(games, 1, Comparison.win("c", "a"));
        Map<String, Double> beta = new BradleyTerry().fit(games).beta();
        assertTrue(beta.get("a") > beta.get("b") && beta.get("b") > beta.get("c"), beta.toString());
    }

    @Test
    void aModelThatNeverWinsGetsAFiniteLowRating() {
        List<Comparison> games = new ArrayList<>();
        repeat(games, 5, Comparison.win("a", "b"));
        repeat(games, 5, Comparison.win("b", "a"));
        repeat(games, 10, Comparison.win("a", "loser"));
        repeat(games, 10, Comparison.win("b", "loser"));
        StrengthFit fit = new BradleyTerry().fit(games);
        assertTrue(fit.converged(), "MM must converge thanks to the pseudo ties");
        double loser = fit.beta().get("loser");
        assertTrue(Double.isFinite(loser));
        assertTrue(fit.winProbability("loser", "a") < 0.01, "loser should almost never beat a");
        // a weaker prior lets the rating fall further: the pseudo ties are what keeps it finite
        double weaker = new BradleyTerry(0.001).fit(games).beta().get("loser");
        assertTrue(Double.isFinite(weaker) && weaker < loser, weaker + " vs " + loser);
    }

    @Test
    void aModelThatNeverLosesGetsAFiniteHighRating() {
        List<Comparison> games = new ArrayList<>();
        repeat(games, 4, Comparison.win("champion", "a"));
        repeat(games, 4, Comparison.win("champion", "b"));
        repeat(games, 2, Comparison.win("a", "b"));
        StrengthFit fit = new BradleyTerry().fit(games);
        assertTrue(fit.converged());
        assertTrue(fit.winProbability("champion", "a") > 0.95);
    }

    @Test
    void recoversPlantedStrengths() {
        Map<String, Double> planted = Map.of("a", 1.0, "b", 0.5, "c", 0.0, "d", -1.5);
        List<String> models = List.of("a", "b", "c", "d");
        Random random = new Random(7);
        List<Comparison> games = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            for (int j = i + 1; j < models.size(); j++) {
                String x = models.get(i);
                String y = models.get(j);
                double pX = 1 / (1 + Math.exp(planted.get(y) - planted.get(x)));
                for (int g = 0; g < 2000; g++) {
                    games.add(random.nextDouble() < pX ? Comparison.win(x, y) : Comparison.win(y, x));
                }
            }
        }
        Map<String, Double> beta = new BradleyTerry().fit(games).beta();
        for (String model : models) {
            // planted strengths have mean 0 like the fit
            assertEquals(planted.get(model), beta.get(model), 0.1, model);
        }
    }

    @Test
    void refusesADisconnectedGraphNamingTheParts() {
        List<Comparison> games = List.of(Comparison.win("a", "b"), Comparison.win("c", "d"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new BradleyTerry().fit(games));
        assertTrue(error.getMessage().contains("[[a, b], [c, d]]"), error.getMessage());
    }

    @Test
    void refusesANonPositivePrior() {
        assertThrows(IllegalArgumentException.class, () -> new BradleyTerry(0));
        assertThrows(IllegalArgumentException.class, () -> new BradleyTerry(Double.NaN));
    }

    @Test
    void eloScaleIs400PerFactorOfTenInOdds() {
        assertEquals(1000, BradleyTerry.elo(0), 1e-12);
        assertEquals(1400, BradleyTerry.elo(Math.log(10)), 1e-9);
        assertEquals(600, BradleyTerry.elo(-Math.log(10)), 1e-9);
    }
}
