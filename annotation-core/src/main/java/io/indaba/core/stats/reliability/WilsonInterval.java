package io.indaba.core.stats.reliability;

/** Wilson score 95% interval of a proportion: unlike the normal approximation it stays inside [0, 1]. */
final class WilsonInterval {

    private static final double Z = 1.959963984540054;

    private WilsonInterval() {
    }

    /** {low, high} for {@code hits} out of {@code trials} (trials > 0). */
    static double[] of(int hits, int trials) {
        double n = trials;
        double p = hits / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
