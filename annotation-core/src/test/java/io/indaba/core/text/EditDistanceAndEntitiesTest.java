package io.indaba.core.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditDistanceAndEntitiesTest {

    @Test
    void countsEditsInGraphemes() {
        assertEquals(3, EditDistance.graphemes("kitten", "sitting"));
        assertEquals(0, EditDistance.graphemes(null, ""));
        // one changed tone mark on an Igbo vowel is one edit, not a code-point edit inside the cluster
        assertEquals(1, EditDistance.graphemes("o\u0323\u0301ma", "o\u0323\u0300ma"));
        assertEquals(1, EditDistance.graphemes("ሰላም", "ሰላሙ"));
        assertEquals(0.0, EditDistance.normalized("same", "same"));
        assertEquals(1.0, EditDistance.normalized("abc", "xyz"));
        assertEquals(0.5, EditDistance.normalized("abcd", "abxy"));
    }

    @Property
    void isASymmetricBoundedDistance(@ForAll String a, @ForAll String b) {
        int d = EditDistance.graphemes(a, b);
        assertEquals(d, EditDistance.graphemes(b, a));
        assertTrue(d <= Math.max(Graphemes.count(a), Graphemes.count(b)));
        double n = EditDistance.normalized(a, b);
        assertTrue(n >= 0 && n <= 1);
        assertEquals(0, EditDistance.graphemes(a, a));
    }

    @Property
    void bitParallelAgreesWithTheTextbookTable(@ForAll @Size(max = 150) List<@IntRange(min = 0, max = 3) Integer> a,
                                               @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 3) Integer> b) {
        // a four-letter alphabet makes long matches and many blocks' carries likely
        int[] x = a.stream().mapToInt(Integer::intValue).toArray();
        int[] y = b.stream().mapToInt(Integer::intValue).toArray();
        assertEquals(textbook(x, y), EditDistance.levenshtein(x, y));
    }

    private static int textbook(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            for (int j = 0; j <= b.length; j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length][b.length];
    }

    @Test
    void decodesTheReferencesMtServicesLeave() {
        assertEquals("N'ihi na", HtmlEntities.decode("N&#39;ihi na"));
        assertEquals("a & b < c \"d\" \u00A0 ' é", HtmlEntities.decode("a &amp; b &lt; c &quot;d&quot; &nbsp; &apos; &#xE9;"));
        assertEquals("AT&T &bogus; &#; &#xZZ; &#+65; &", HtmlEntities.decode("AT&T &bogus; &#; &#xZZ; &#+65; &"));
        assertEquals(null, HtmlEntities.decode(null));
    }
}
