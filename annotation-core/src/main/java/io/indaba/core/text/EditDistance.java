package io.indaba.core.text;

import java.util.HashMap;
import java.util.Map;

/** Levenshtein distance counted in grapheme clusters, so an Ethiopic syllable or ọ́ is one edit, not two or three. */
public final class EditDistance {

    private EditDistance() {
    }

    /** Edits (insert, delete, substitute one grapheme) to turn {@code a} into {@code b}; null counts as empty. */
    public static int graphemes(String a, String b) {
        Map<String, Integer> ids = new HashMap<>();
        return levenshtein(codes(a, ids), codes(b, ids));
    }

    /** {@link #graphemes} divided by the longer length: 0 for equal texts, 1 for texts with nothing in common. */
    public static double normalized(String a, String b) {
        Map<String, Integer> ids = new HashMap<>();
        int[] x = codes(a, ids);
        int[] y = codes(b, ids);
        int longer = Math.max(x.length, y.length);
        return longer == 0 ? 0.0 : (double) levenshtein(x, y) / longer;
    }

    // One int per grapheme: the code point when the cluster is a single one, else a negative id per distinct
    // cluster, so the quadratic loop compares ints rather than strings.
    private static int[] codes(String text, Map<String, Integer> ids) {
        int[] b = Graphemes.boundaries(text);
        int[] out = new int[b.length - 1];
        for (int i = 1; i < b.length; i++) {
            int cp = text.codePointAt(b[i - 1]);
            if (Character.charCount(cp) == b[i] - b[i - 1]) {
                out[i - 1] = cp;
            } else {
                out[i - 1] = ids.computeIfAbsent(text.substring(b[i - 1], b[i]), k -> -1 - ids.size());
            }
        }
        return out;
    }

    private static int levenshtein(int[] a, int[] b) {
        // a post-edited draft usually keeps its start and end: trim them before the quadratic part
        int start = 0;
        while (start < a.length && start < b.length && a[start] == b[start]) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
        }
        int n = endA - start;
        int m = endB - start;
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int ai = a[start + i - 1];
            for (int j = 1; j <= m; j++) {
                int substitute = prev[j - 1] + (ai == b[start + j - 1] ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
