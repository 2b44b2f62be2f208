package io.indaba.core.translate;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word-level diff of a match's source against the current source (longest common subsequence of word, space and
 * punctuation tokens, compared after normalisation). EQUAL and DELETE runs quote the match's source, INSERT runs
 * the current source, so the EQUAL and DELETE runs spell the match's source exactly.
 */
public final class SourceDiff {

    // Above this many token pairs the quadratic table costs more than the display is worth.
    private static final long MAX_CELLS = 1_000_000;
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.ROOT));

    private SourceDiff() {
    }

    /** The diff turning {@code matchSource} into {@code currentSource}. */
    public static List<DiffOp> of(String matchSource, String currentSource) {
        List<String> a = tokens(matchSource);
        List<String> b = tokens(currentSource);
        List<String> ka = keys(a);
        List<String> kb = keys(b);
        int n = a.size();
        int m = b.size();
        List<DiffOp> out = new ArrayList<>();
        if ((long) n * m > MAX_CELLS) {
            append(out, DiffOp.Kind.DELETE, matchSource);
            append(out, DiffOp.Kind.INSERT, currentSource);
            return out;
        }
        // lcs[i][j] = length of the LCS of a[i..] and b[j..]; walking forward yields the runs in reading order.
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = ka.get(i).equals(kb.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && ka.get(i).equals(kb.get(j))) {
                append(out, DiffOp.Kind.EQUAL, a.get(i++));
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                append(out, DiffOp.Kind.INSERT, b.get(j++));
            } else {
                append(out, DiffOp.Kind.DELETE, a.get(i++));
            }
        }
        return out;
    }

    private static void append(List<DiffOp> out, DiffOp.Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).kind() == kind) {
            out.set(last, new DiffOp(kind, out.get(last).text() + text));
        } else {
            out.add(new DiffOp(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        BreakIterator words = WORDS.get();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    private static List<String> keys(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            String key = MatchText.normalise(t);
            // A run of spaces of any kind is the same token; normalise strips it to "".
            out.add(key.isEmpty() && !t.isEmpty() ? " " : key);
        }
        return out;
    }
}
