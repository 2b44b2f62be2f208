package io.indaba.core.stats.reliability;

/**
 * How often one side of a pair (the left one, the longer one) was picked among decisive votes, with a Wilson
 * 95% interval and the exact two-sided binomial p-value against no bias (rate 0.5); null fields without votes.
 *
 * @param hits   decisive votes for that side
 * @param trials decisive votes where the side was defined
 */
public record PickRate(int hits, int trials, Double rate, Double low95, Double high95, Double pValue) {

    /** The pick rate with its interval and test. */
    public static PickRate of(int hits, int trials) {
        Proportion proportion = Proportion.of(hits, trials);
        Double pValue = trials == 0 ? null : BinomialTest.twoSidedFair(hits, trials);
        return new PickRate(hits, trials, proportion.rate(), proportion.low95(), proportion.high95(), pValue);
    }
}
