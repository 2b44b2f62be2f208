package io.indaba.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The MASI formula pinned (Passonneau 2006, exact thirds), and alpha with it as delta, worked by hand. */
class MasiTest {

    @Test
    void distanceIsOneMinusJaccardTimesMonotonicity() {
        assertEquals(0, Masi.distance(Set.of("cultural"), Set.of("cultural")));
        assertEquals(1, Masi.distance(Set.of("none"), Set.of("cultural")), "disjoint: J = 0");
        // subset: J = 1/2, M = 2/3
        assertEquals(2.0 / 3, Masi.distance(Set.of("cultural"), Set.of("cultural", "regional")), 1e-12);
        // overlap: J = 1/3, M = 1/3
        assertEquals(8.0 / 9, Masi.distance(Set.of("cultural", "regional"), Set.of("regional", "dialect")), 1e-12);
    }

    @Test
    void alphaUsesMasiAsDeltaUnsquared() {
        // categories 0 = {c}, 1 = {c, r}, 2 = {none}; units ({c},{c,r}), ({none},{none}), ({c},{c})
        double[][] delta = {{0, 2.0 / 3, 1}, {2.0 / 3, 0, 1}, {1, 1, 0}};
        List<int[]> units = List.of(new int[] {0, 1}, new int[] {2, 2}, new int[] {0, 0});
        // n = 6, n0 = 3, n1 = 1, n2 = 2; observed sum o*d = 2 * 2/3 = 4/3;
        // expected sum n_c n_k d = 2 (3*1*2/3 + 3*2*1 + 1*2*1) = 20; alpha = 1 - 5 * (4/3) / 20 = 2/3
        assertEquals(2.0 / 3, CodedAlpha.withDelta(units, delta).value(), 1e-12);
    }
}
