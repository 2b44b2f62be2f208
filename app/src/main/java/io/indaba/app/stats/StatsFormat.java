package io.indaba.app.stats;

import io.indaba.app.common.Messages;
import io.indaba.core.stats.ReliabilityWarning;
import io.indaba.core.stats.reliability.PickRate;
import io.indaba.core.stats.reliability.Proportion;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How the dashboard writes its numbers: fixed decimals (ROOT locale, like the CLI), a dash when undefined. */
final class StatsFormat {

    static final String NONE = "—";

    private StatsFormat() {
    }

    static String number(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.3f", value);
    }

    static String percent(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    static String proportion(Proportion p) {
        return p.trials() == 0 ? NONE
                : String.format(Locale.ROOT, "%d/%d · %.0f%%", p.hits(), p.trials(), 100 * p.rate());
    }

    static String pick(PickRate p, boolean withP) {
        if (p.trials() == 0) {
            return NONE;
        }
        String rate = String.format(Locale.ROOT, "%d/%d · %.0f%%", p.hits(), p.trials(), 100 * p.rate());
        if (!withP) {
            return rate;
        }
        // tiny p-values only need to be seen as tiny; 3.47e-06 would not fit the column
        return rate + (p.pValue() < 0.001 ? " · p<0.001" : String.format(Locale.ROOT, " · p=%.3g", p.pValue()));
    }

    static String warnings(Set<ReliabilityWarning> warnings) {
        return warnings.stream().map(StatsFormat::warning).collect(Collectors.joining("; "));
    }

    private static String warning(ReliabilityWarning w) {
        return switch (w) {
            case LOW_MAJORITY_AGREEMENT -> Messages.get("stats.warning.majority");
            case POSITION_BIAS -> Messages.get("stats.warning.position");
            case LENGTH_BIAS -> Messages.get("stats.warning.length");
            case INCONSISTENT_REPEATS -> Messages.get("stats.warning.repeats");
            case INTRANSITIVE -> Messages.get("stats.warning.intransitive");
        };
    }
}
