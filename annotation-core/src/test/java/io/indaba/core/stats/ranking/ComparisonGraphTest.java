package io.indaba.core.stats.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonGraphTest {

    @Test
    void findsComponentsLargestFirst() {
        List<Comparison> games = List.of(
                Comparison.win("z", "y"), Comparison.win("p", "q"), Comparison.tie("q", "r"), Comparison.win("b", "a"));
        assertEquals(List.of(List.of("p", "q", "r"), List.of("a", "b"), List.of("y", "z")),
                ComparisonGraph.components(games));
    }

    @Test
    void linksThroughIntermediateModels() {
        List<Comparison> chain = List.of(Comparison.win("a", "b"), Comparison.win("c", "d"), Comparison.win("b", "c"));
        assertEquals(List.of(List.of("a", "b", "c", "d")), ComparisonGraph.components(chain));
    }

    @Test
    void aComparisonNeedsTwoModelsAndAValidScore() {
        assertThrows(IllegalArgumentException.class, () -> Comparison.win("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> new Comparison("a", "b", 0.7));
    }
}
