package io.indaba.core.stats.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BradleyTerryPropertyTest {

    private static final List<String> MODELS = List.of("m0", "m1", "m2", "m3");

    /** Random comparisons among four models, always including a chain that connects them all. */
    @Provide
    Arbitrary<List<Comparison>> games() {
        Arbitrary<Comparison> one = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 3),
                Arbitraries.of(0.0, 0.5, 1.0))
                .as((a, offset, score) -> new Comparison(MODELS.get(a), MODELS.get((a + offset) % 4), score));
        return one.list().ofMaxSize(40).map(list -> {
            List<Comparison> all = new ArrayList<>(list);
            all.add(Comparison.tie("m0", "m1"));
            all.add(Comparison.tie("m1", "m2"));
            all.add(Comparison.tie("m2", "m3"));
            return all;
        });
    }

    @Property(tries = 300)
    void orderOfComparisonsDoesNotMatter(@ForAll("games") List<Comparison> games, @ForAll long seed) {
        List<Comparison> shuffled = new ArrayList<>(games);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, Double> expected = new BradleyTerry().fit(games).beta();
        Map<String, Double> actual = new BradleyTerry().fit(shuffled).beta();
        MODELS.forEach(m -> assertEquals(expected.get(m), actual.get(m), 1e-6, m));
    }

    @Property(tries = 300)
    void writingAComparisonTheOtherWayRoundChangesNothing(@ForAll("games") List<Comparison> games) {
        List<Comparison> mirrored = games.stream()
                .map(c -> new Comparison(c.modelB(), c.modelA(), 1 - c.scoreA())).toList();
        Map<String, Double> expected = new BradleyTerry().fit(games).beta();
        Map<String, Double> actual = new BradleyTerry().fit(mirrored).beta();
        MODELS.forEach(m -> assertEquals(expected.get(m), actual.get(m), 1e-6, m));
    }

    /**
     * Holds on a pair already compared (m1-m2 is in every sample). On a first comparison the pair also gains
     * its pseudo ties, which may pull an already large margin in slightly (see BradleyTerry).
     */
    @Property(tries = 300)
    void anExtraWinNeverLowersTheWinnersMargin(@ForAll("games") List<Comparison> games) {
        Map<String, Double> before = new BradleyTerry().fit(games).beta();
        List<Comparison> more = new ArrayList<>(games);
        more.add(Comparison.win("m2", "m1"));
        Map<String, Double> after = new BradleyTerry().fit(more).beta();
        assertTrue(after.get("m2") - after.get("m1") > before.get("m2") - before.get("m1"));
    }

    @Property(tries = 300)
    void strengthsAreFiniteCenteredAndConverged(@ForAll("games") List<Comparison> games) {
        StrengthFit fit = new BradleyTerry().fit(games);
        assertTrue(fit.converged());
        assertEquals(0, fit.beta().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        fit.beta().values().forEach(beta -> assertTrue(Double.isFinite(beta)));
    }
}
