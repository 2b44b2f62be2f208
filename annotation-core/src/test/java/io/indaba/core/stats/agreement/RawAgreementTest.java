package io.indaba.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RawAgreementTest {

    @Test
    void averagesThePairwiseAgreementOfEachUnit() {
        RatingTable<String> table = RatingTable.<String>builder()
                .add("u1", "a", "x").add("u1", "b", "x").add("u1", "c", "y") // 1 of 3 pairs agree
                .add("u2", "a", "y").add("u2", "b", "y")                     // 1 of 1
                .add("u3", "a", "x")                                          // nothing to compare
                .build();
        assertEquals((1.0 / 3 + 1.0) / 2, RawAgreement.of(table), 1e-12);
    }

    @Test
    void equalsFleissObservedAgreementWithTheWorkedExample() {
        // P-bar of the Fleiss (1971) table is 0.378 in the worked example
        RatingTable.Builder<Integer> builder = RatingTable.builder();
        int[][] counts = FleissKappaTest.FLEISS_1971;
        for (int subject = 0; subject < counts.length; subject++) {
            int rater = 0;
            for (int category = 0; category < counts[subject].length; category++) {
                for (int i = 0; i < counts[subject][category]; i++) {
                    builder.add("s" + subject, "r" + rater++, category);
                }
            }
        }
        assertEquals(0.378, RawAgreement.of(builder.build()), 0.0005);
    }

    @Test
    void isUndefinedWithoutComparableUnits() {
        assertTrue(Double.isNaN(RawAgreement.of(RatingTable.<String>builder().add("u", "a", "x").build())));
    }
}
