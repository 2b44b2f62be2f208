package io.indaba.core.stats.reliability;

/**
 * A count of hits out of trials with its rate and Wilson 95% interval; rate and bounds are null without trials.
 *
 * @param hits   trials that counted (agreements, consistent repeats, cyclic triples...)
 * @param trials trials observed
 */
public record Proportion(int hits, int trials, Double rate, Double low95, Double high95) {

    /** The proportion with its interval. */
    public static Proportion of(int hits, int trials) {
        if (hits < 0 || hits > trials) {
            throw new IllegalArgumentException("need 0 <= hits <= trials, got " + hits + " of " + trials);
        }
        if (trials == 0) {
            return new Proportion(0, 0, null, null, null);
        }
        double[] interval = WilsonInterval.of(hits, trials);
        return new Proportion(hits, trials, (double) hits / trials, interval[0], interval[1]);
    }
}
