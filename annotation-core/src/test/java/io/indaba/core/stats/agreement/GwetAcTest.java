package io.indaba.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Gwet's AC1 and AC2 worked by hand, including the case where alpha says nothing and AC1 shows the agreement. */
class GwetAcTest {

    private static final List<int[]> MOSTLY_TYPICAL =
            List.of(new int[] {0, 0}, new int[] {0, 0}, new int[] {0, 0}, new int[] {0, 1});

    @Test
    void ac1StaysHighWhereAlphaCollapsesOnADominantValue() {
        // pa = 3/4; pi = (7/8, 1/8); pe = 1/(q-1) * (2 * 7/8 * 1/8) = 7/32; AC1 = (3/4 - 7/32) / (25/32) = 0.68
        assertEquals(0.68, GwetAc.of(MOSTLY_TYPICAL, GwetAc.identity(2)), 1e-12);
        // n = 8 values, 7 of one kind: alpha = 1 - 7 * 2 / (2 * 7 * 1) = 0
        assertEquals(0, CodedAlpha.of(MOSTLY_TYPICAL, 2, Metric.NOMINAL).value(), 1e-12);
    }

    @Test
    void ordinalWeightsFollowIrrCac() {
        double[][] w = GwetAc.ordinal(3);
        assertEquals(1, w[0][0]);
        assertEquals(2.0 / 3, w[0][1], 1e-12);
        assertEquals(0, w[0][2], 1e-12);
        // units (0,1), (2,2): r*_0 = r*_1 = 1 + 2/3 in (0,1), so its agreement is 2 * (2/3) / 2 = 2/3; (2,2) gives 1;
        // pa = (2/3 + 1) / 2 = 5/6
        // pi = (1/4, 1/4, 1/2); sum pi(1-pi) = 3/16 + 3/16 + 1/4 = 5/8; Tw = 3 + 4 * 2/3 = 17/3;
        // pe = 17/3 / 6 * 5/8 = 85/144; AC2 = (120/144 - 85/144) / (59/144) = 35/59
        assertEquals(35.0 / 59, GwetAc.of(List.of(new int[] {0, 1}, new int[] {2, 2}), w), 1e-12);
    }

    @Test
    void codedAlphaMatchesTheTableAlphaAndItsIntervalHoldsIt() {
        List<int[]> units = List.of(new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 1}, new int[] {2, 2, 1},
                new int[] {2, 2}, new int[] {0, 0, 0});
        RatingTable.Builder<Integer> table = RatingTable.builder();
        for (int u = 0; u < units.size(); u++) {
            for (int i = 0; i < units.get(u).length; i++) {
                table.add("u" + u, "c" + i, units.get(u)[i]);
            }
        }
        for (Metric m : List.of(Metric.NOMINAL, Metric.ORDINAL)) {
            CodedAlpha coded = CodedAlpha.of(units, 3, m);
            assertEquals(KrippendorffAlpha.of(table.build(), m), coded.value(), 1e-12);
            double[] ci = coded.interval(500, 7);
            assertEquals(true, ci[0] <= coded.value() && coded.value() <= ci[1], m + " " + ci[0] + ".." + ci[1]);
        }
    }
}
