package io.indaba.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CohenKappaTest {

    /** 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (first rater's answer first). */
    private static final long[][] FIFTY_ITEMS = {{20, 5}, {10, 15}};

    @Test
    void reproducesTheTextbookExample() {
        assertEquals(0.40, CohenKappa.of(FIFTY_ITEMS), 1e-12);
    }

    @Test
    void ratingTableGivesTheSameKappaAndIgnoresUnitsRatedOnce() {
        RatingTable.Builder<String> builder = RatingTable.builder();
        int item = 0;
        String[] answers = {"yes", "no"};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (long k = 0; k < FIFTY_ITEMS[i][j]; k++) {
                    builder.add("item" + item, "first", answers[i]).add("item" + item, "second", answers[j]);
                    item++;
                }
            }
        }
        builder.add("only-first", "first", "yes").add("third-rater", "third", "no");
        assertEquals(0.40, CohenKappa.of(builder.build(), "first", "second"), 1e-12);
        // kappa does not depend on which rater is called first
        assertEquals(0.40, CohenKappa.of(builder.build(), "second", "first"), 1e-12);
    }

    @Test
    void chanceLevelAgreementIsZero() {
        assertEquals(0.0, CohenKappa.of(new long[][] {{25, 25}, {25, 25}}), 1e-12);
    }

    @Test
    void isUndefinedWithoutItemsOrVariation() {
        assertTrue(Double.isNaN(CohenKappa.of(new long[][] {{0, 0}, {0, 0}})));
        assertTrue(Double.isNaN(CohenKappa.of(new long[][] {{7, 0}, {0, 0}})));
    }
}
