package io.indaba.core.stats.reliability;

/** Exact binomial test of a fair coin, the null hypothesis of an unbiased annotator. */
public final class BinomialTest {

    private BinomialTest() {
    }

    /**
     * Two-sided p-value of {@code hits} successes in {@code trials} when each has probability 1/2: the
     * probability of a result at least as far from trials/2. The distribution is symmetric, so this is twice
     * the smaller tail, capped at 1.
     */
    public static double twoSidedFair(int hits, int trials) {
        if (trials < 0 || hits < 0 || hits > trials) {
            throw new IllegalArgumentException("need 0 <= hits <= trials, got " + hits + " of " + trials);
        }
        int tail = Math.min(hits, trials - hits);
        // probabilities in log space: 2^-n underflows long before C(n, i) 2^-n does
        double logTerm = -trials * Math.log(2);
        double sum = 0;
        for (int i = 0; i <= tail; i++) {
            sum += Math.exp(logTerm);
            logTerm += Math.log(trials - i) - Math.log(i + 1);
        }
        return Math.min(1, 2 * sum);
    }
}
