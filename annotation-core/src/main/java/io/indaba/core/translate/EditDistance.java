package io.indaba.core.translate;

/** Levenshtein distance over grapheme ids, with a banded variant that gives up once a limit is passed. */
public final class EditDistance {

    private EditDistance() {
    }

    /** The exact edit distance (insert, delete, substitute, each costing 1). */
    public static int between(int[] a, int[] b) {
        return within(a, b, Math.max(a.length, b.length));
    }

    /**
     * The edit distance if it is at most {@code limit}, otherwise {@code limit + 1}. Only the diagonal band of width
     * {@code 2 × limit + 1} is filled, so a tight limit (a high minimum percentage) makes scoring cheap.
     */
    public static int within(int[] a, int[] b, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        if (a.length > b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int n = a.length;
        int m = b.length;
        int over = limit + 1;
        if (m - n > limit) {
            return over;
        }
        if (n == 0) {
            return m;
        }
        int[] prev = new int[m + 2];
        int[] cur = new int[m + 2];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= limit ? j : over;
        }
        prev[m + 1] = over;
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - limit);
            int hi = Math.min(m, i + limit);
            cur[lo - 1] = lo == 1 && i <= limit ? i : over;
            int rowMin = cur[lo - 1];
            int ai = a[i - 1];
            for (int j = lo; j <= hi; j++) {
                int v = prev[j - 1] + (ai == b[j - 1] ? 0 : 1);
                int up = prev[j] + 1;
                if (up < v) {
                    v = up;
                }
                int left = cur[j - 1] + 1;
                if (left < v) {
                    v = left;
                }
                if (v > over) {
                    v = over;
                }
                cur[j] = v;
                if (v < rowMin) {
                    rowMin = v;
                }
            }
            // The next row reads one cell beyond this row's band: it must look "too far", not stale.
            cur[hi + 1] = over;
            if (rowMin > limit) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], over);
    }
}
