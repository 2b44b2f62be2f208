package io.indaba.core.stats.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw (percent) agreement: within each unit, the share of pairs of coders that gave the same value, averaged
 * over units with at least two values (Fleiss' P-bar). Not corrected for chance; {@link Double#NaN} without
 * such units.
 */
public final class RawAgreement {

    private RawAgreement() {
    }

    /** The mean pairwise agreement. */
    public static double of(RatingTable<?> table) {
        double sum = 0;
        int units = 0;
        for (String unit : table.units()) {
            List<?> values = new ArrayList<>(table.ratingsOf(unit).values());
            int m = values.size();
            if (m < 2) {
                continue;
            }
            int agreeing = 0;
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    if (values.get(i).equals(values.get(j))) {
                        agreeing++;
                    }
                }
            }
            sum += agreeing / (m * (m - 1) / 2.0);
            units++;
        }
        return units == 0 ? Double.NaN : sum / units;
    }
}
