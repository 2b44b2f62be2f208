package io.indaba.core.stats.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BinomialTestTest {

    @Test
    void knownValues() {
        assertEquals(2.0 / 1024, BinomialTest.twoSidedFair(0, 10), 1e-15);
        assertEquals(2.0 * 11 / 1024, BinomialTest.twoSidedFair(9, 10), 1e-15);
        assertEquals(2.0 * (1 + 8 + 28) / 256, BinomialTest.twoSidedFair(2, 8), 1e-15); // R: binom.test(2, 8) 0.2891
        assertEquals(1.0, BinomialTest.twoSidedFair(5, 10), 0);
        assertEquals(1.0, BinomialTest.twoSidedFair(0, 0), 0);
    }

    @Test
    void largeSamplesDoNotUnderflowToNonsense() {
        double p = BinomialTest.twoSidedFair(5_300, 10_000); // z about 6: p about 2e-9
        assertTrue(p > 1e-10 && p < 1e-8, String.valueOf(p));
        assertEquals(0.0, BinomialTest.twoSidedFair(0, 5_000), 1e-300);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> BinomialTest.twoSidedFair(11, 10));
    }

    @Property
    void isSymmetricAndAProbability(@ForAll @IntRange(max = 400) int trials, @ForAll @IntRange(max = 400) int hits) {
        int k = Math.min(hits, trials);
        double p = BinomialTest.twoSidedFair(k, trials);
        assertTrue(p >= 0 && p <= 1);
        assertEquals(p, BinomialTest.twoSidedFair(trials - k, trials), 1e-12);
    }
}
