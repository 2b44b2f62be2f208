package io.indaba.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.stats.reliability.PickRate;
import io.indaba.core.stats.reliability.Proportion;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The thresholds that flag an annotator, at and around their edges. */
class ReliabilityWarningTest {

    private static AnnotatorReport report(Proportion majority, Proportion cyclic, Proportion repeats, PickRate left,
                                          PickRate longer) {
        return new AnnotatorReport("a", 10, majority, cyclic, repeats, left, longer);
    }

    private static final Proportion NONE = Proportion.of(0, 0);
    private static final PickRate NO_PICKS = PickRate.of(0, 0);

    @Test
    void aSoundAnnotatorOrOneWithoutDataRaisesNothing() {
        assertEquals(Set.of(), ReliabilityWarning.of(report(NONE, NONE, NONE, NO_PICKS, NO_PICKS)));
        assertEquals(Set.of(), ReliabilityWarning.of(report(Proportion.of(1, 2), Proportion.of(1, 4),
                Proportion.of(1, 2), PickRate.of(7, 10), PickRate.of(3, 10))), "exactly at each threshold is fine");
    }

    @Test
    void eachThresholdFlagsItsOwnWarning() {
        // 20 of 20 left picks: two-sided p = 2 / 2^20, far below 0.01; 8 of 10 gives p = 0.11, not flagged
        assertEquals(EnumSet.allOf(ReliabilityWarning.class), ReliabilityWarning.of(report(Proportion.of(4, 9),
                Proportion.of(2, 7), Proportion.of(0, 1), PickRate.of(20, 20), PickRate.of(0, 20))));
        assertEquals(Set.of(ReliabilityWarning.POSITION_BIAS), ReliabilityWarning.of(report(NONE, NONE, NONE,
                PickRate.of(0, 20), PickRate.of(8, 10))));
    }
}
