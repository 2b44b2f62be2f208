package io.indaba.core.stats.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentileTest {

    @Test
    void interpolatesBetweenOrderStatisticsLikeR() {
        double[] values = {1, 2, 3, 4, 5};
        assertEquals(1, Percentile.of(values, 0), 1e-12);
        assertEquals(3, Percentile.of(values, 0.5), 1e-12);
        assertEquals(5, Percentile.of(values, 1), 1e-12);
        assertEquals(1.1, Percentile.of(values, 0.025), 1e-12); // R: quantile(1:5, 0.025) = 1.1
        assertEquals(4.9, Percentile.of(values, 0.975), 1e-12);
        assertEquals(7, Percentile.of(new double[] {7}, 0.975), 1e-12);
    }
}
