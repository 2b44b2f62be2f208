package io.indaba.core.stats;

import io.indaba.core.stats.reliability.PickRate;
import io.indaba.core.stats.reliability.Proportion;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a project lead should look at in an annotator's report, with the thresholds the CLI and the dashboard
 * share so that both flag the same people.
 */
public enum ReliabilityWarning {
    /** Agrees with the majority of the others on fewer than half of the shared pairs. */
    LOW_MAJORITY_AGREEMENT,
    /** Picks the left (or right) response more often than chance explains, p < 0.01. */
    POSITION_BIAS,
    /** Picks the longer (or shorter) response more often than chance explains, p < 0.01. */
    LENGTH_BIAS,
    /** Gives a different verdict on fewer than half of the swapped-order repeats. */
    INCONSISTENT_REPEATS,
    /** More cyclic triples than the quarter that random preferences produce. */
    INTRANSITIVE;

    /** Significance level of the bias tests: strict, because every annotator is tested. */
    public static final double BIAS_P = 0.01;

    /** The warnings one annotator's report raises. */
    public static Set<ReliabilityWarning> of(AnnotatorReport report) {
        Set<ReliabilityWarning> out = EnumSet.noneOf(ReliabilityWarning.class);
        if (below(report.majorityAgreement(), 0.5)) {
            out.add(LOW_MAJORITY_AGREEMENT);
        }
        if (significant(report.leftPicks())) {
            out.add(POSITION_BIAS);
        }
        if (significant(report.longerPicks())) {
            out.add(LENGTH_BIAS);
        }
        if (below(report.swappedRepeatConsistency(), 0.5)) {
            out.add(INCONSISTENT_REPEATS);
        }
        Proportion cyclic = report.intransitiveTriples();
        if (cyclic.rate() != null && cyclic.rate() > 0.25) {
            out.add(INTRANSITIVE);
        }
        return out;
    }

    private static boolean below(Proportion p, double threshold) {
        return p.rate() != null && p.rate() < threshold;
    }

    private static boolean significant(PickRate rate) {
        return rate.pValue() != null && rate.pValue() < BIAS_P;
    }
}
