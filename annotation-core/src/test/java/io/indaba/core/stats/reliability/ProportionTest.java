package io.indaba.core.stats.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProportionTest {

    @Test
    void wilsonIntervalMatchesKnownValues() {
        Proportion half = Proportion.of(5, 10);
        assertEquals(0.5, half.rate(), 1e-12);
        assertEquals(0.2366, half.low95(), 5e-5);
        assertEquals(0.7634, half.high95(), 5e-5);
        Proportion none = Proportion.of(0, 10);
        assertEquals(0.0, none.low95(), 1e-12);
        assertEquals(0.2775, none.high95(), 5e-5);
    }

    @Test
    void noTrialsMeansNoRate() {
        Proportion empty = Proportion.of(0, 0);
        assertNull(empty.rate());
        assertNull(empty.low95());
        assertNull(PickRate.of(0, 0).pValue());
    }

    @Test
    void pickRateCarriesTheBinomialTest() {
        PickRate rate = PickRate.of(9, 10);
        assertEquals(0.9, rate.rate(), 1e-12);
        assertEquals(22.0 / 1024, rate.pValue(), 1e-12);
        assertEquals(Proportion.of(9, 10).low95(), rate.low95());
    }

    @Test
    void refusesMoreHitsThanTrials() {
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(3, 2));
    }
}
