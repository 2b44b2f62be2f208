package io.indaba.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.indaba.core.stats.AgreementReport;
import io.indaba.core.stats.vote.CanonicalVote;
import io.indaba.core.stats.vote.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fleiss' kappa over complete units, as R's kappam.fleiss keeps them, beside the pooled figure. */
class FleissCompleteUnitsTest {

    /** Three raters; units 1-4 rated by all, units 5-6 by two only. */
    private static final Map<String, List<String>> RATINGS = Map.of(
            "r1", Arrays.asList("x", "x", "y", "y", "x", "y"),
            "r2", Arrays.asList("x", "y", "y", "y", "y", null),
            "r3", Arrays.asList("x", "x", "y", "x", null, "y"));

    @Test
    void completeUnitsAreThoseEveryRaterRatedAndGiveRsFigure() {
        RatingTable<String> table = RatingTable.fromCoderRows(RATINGS);
        assertEquals(4, FleissKappa.completeUnits(table));
        // kappam.fleiss on the four complete rows: counts of x and y per unit
        double r = FleissKappa.of(new int[][] {{3, 0}, {2, 1}, {0, 3}, {1, 2}});
        assertEquals(r, FleissKappa.ofCompleteUnits(table), 1e-12);
        assertEquals(0.333333333333, r, 1e-9);
        assertNotEquals(r, FleissKappa.of(table), 1e-6);
    }

    @Test
    void theReportCarriesTheCompleteFigureOnlyWhereItDiffers() {
        RatingTable.Builder<CanonicalVote> b = RatingTable.builder();
        String[] who = {"r1", "r2", "r3"};
        for (int unit = 0; unit < 6; unit++) {
            for (int c = 0; c < 3; c++) {
                String v = RATINGS.get(who[c]).get(unit);
                if (v != null) {
                    b.add("u" + unit, who[c], new CanonicalVote(who[c], "sw", null,
                            v.equals("x") ? Verdict.A_WINS : Verdict.B_WINS, 1, true, "m", "n", 1, 1));
                }
            }
        }
        AgreementReport report = AgreementReport.of(b.build());
        assertEquals(4, report.completeUnits());
        assertEquals(FleissKappa.of(new int[][] {{3, 0}, {2, 1}, {0, 3}, {1, 2}}), report.fleissKappaComplete(), 1e-12);

        RatingTable<CanonicalVote> complete = b.build().filter(v -> true);
        RatingTable.Builder<CanonicalVote> all = RatingTable.builder();
        for (String unit : List.of("u0", "u1", "u2", "u3")) {
            complete.ratingsOf(unit).forEach((coder, v) -> all.add(unit, coder, v));
        }
        assertNull(AgreementReport.of(all.build()).fleissKappaComplete(), "every unit complete: one figure");
    }
}
