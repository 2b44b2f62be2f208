package io.indaba.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FleissKappaTest {

    /** Fleiss (1971) as worked on Wikipedia's "Fleiss' kappa": 10 subjects, 14 raters, 5 categories. */
    static final int[][] FLEISS_1971 = {
            {0, 0, 0, 0, 14},
            {0, 2, 6, 4, 2},
            {0, 0, 3, 5, 6},
            {0, 3, 9, 2, 0},
            {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},
            {3, 2, 6, 3, 0},
            {2, 5, 3, 2, 2},
            {6, 5, 2, 1, 0},
            {0, 2, 2, 3, 7},
    };

    @Test
    void reproducesTheWorkedExample() {
        assertEquals(0.210, FleissKappa.of(FLEISS_1971), 0.0005);
    }

    @Test
    void ratingTableGivesTheSameKappaAsTheCountTable() {
        RatingTable.Builder<Integer> builder = RatingTable.builder();
        for (int subject = 0; subject < FLEISS_1971.length; subject++) {
            int rater = 0;
            for (int category = 0; category < 5; category++) {
                for (int i = 0; i < FLEISS_1971[subject][category]; i++) {
                    builder.add("s" + subject, "r" + rater++, category);
                }
            }
        }
        assertEquals(FleissKappa.of(FLEISS_1971), FleissKappa.of(builder.build()), 1e-12);
    }

    @Test
    void perfectAgreementIsOne() {
        assertEquals(1.0, FleissKappa.of(new int[][] {{3, 0}, {0, 3}, {3, 0}}), 1e-12);
    }

    @Test
    void subjectsWithOneRatingAreSkipped() {
        int[][] withLoner = {{3, 0}, {0, 3}, {3, 0}, {0, 1}};
        assertEquals(1.0, FleissKappa.of(withLoner), 1e-12);
    }

    @Test
    void isUndefinedWhenEveryRatingIsOneCategory() {
        assertTrue(Double.isNaN(FleissKappa.of(new int[][] {{4, 0}, {4, 0}})));
        assertTrue(Double.isNaN(FleissKappa.of(new int[0][])));
    }
}
