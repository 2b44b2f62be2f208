package io.indaba.core.stats.agreement;

import java.util.List;

/**
 * Gwet's agreement coefficient for any number of raters with missing ratings (Gwet 2014, Handbook of Inter-Rater
 * Reliability, ch. 5): AC1 with identity weights, AC2 with ordinal weights. Unlike kappa and alpha it stays high when
 * raters agree on a value most items share, which is why the audit report shows it beside alpha.
 */
public final class GwetAc {

    private GwetAc() {
    }

    /** Identity weights: AC1. */
    public static double[][] identity(int q) {
        double[][] w = new double[q][q];
        for (int k = 0; k < q; k++) {
            w[k][k] = 1;
        }
        return w;
    }

    /** Gwet's ordinal weights (irrCAC's ordinal.weights): 1 - C(|k-l|+1, 2) / C(q, 2). */
    public static double[][] ordinal(int q) {
        double[][] w = new double[q][q];
        double max = q * (q - 1) / 2.0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                int n = Math.abs(k - l) + 1;
                w[k][l] = max == 0 ? 1 : 1 - n * (n - 1) / 2.0 / max;
            }
        }
        return w;
    }

    /**
     * The coefficient over units coded 0..q-1 with weights w (q by q); NaN when no unit has two ratings or chance
     * agreement is 1.
     */
    public static double of(List<int[]> units, double[][] w) {
        int q = w.length;
        double totalWeight = 0;
        for (double[] row : w) {
            for (double v : row) {
                totalWeight += v;
            }
        }
        double[] pi = new double[q];
        double pa = 0;
        int rated = 0;
        int pairable = 0;
        for (int[] unit : units) {
            int r = unit.length;
            if (r == 0) {
                continue;
            }
            rated++;
            // only the categories present in the unit count, so a long list (249 countries) costs nothing extra
            int[] present = java.util.Arrays.stream(unit).distinct().toArray();
            double[] counts = new double[present.length];
            for (int i = 0; i < present.length; i++) {
                for (int code : unit) {
                    counts[i] += code == present[i] ? 1 : 0;
                }
                pi[present[i]] += counts[i] / r;
            }
            if (r < 2) {
                continue;
            }
            pairable++;
            double sum = 0;
            for (int i = 0; i < present.length; i++) {
                double weighted = 0;
                for (int j = 0; j < present.length; j++) {
                    weighted += w[present[i]][present[j]] * counts[j];
                }
                sum += counts[i] * (weighted - 1);
            }
            pa += sum / (r * (r - 1.0));
        }
        if (pairable == 0 || q < 2) {
            return Double.NaN;
        }
        pa /= pairable;
        double spread = 0;
        for (int k = 0; k < q; k++) {
            pi[k] /= rated;
            spread += pi[k] * (1 - pi[k]);
        }
        double pe = totalWeight / (q * (q - 1.0)) * spread;
        return pe == 1 ? Double.NaN : (pa - pe) / (1 - pe);
    }
}
