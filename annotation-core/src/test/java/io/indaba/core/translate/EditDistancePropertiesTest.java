package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The banded and bit-vector distances agree with the textbook table, for short and multi-word-long inputs. */
class EditDistancePropertiesTest {

    @Provide
    Arbitrary<int[]> symbols() {
        // A small alphabet makes matches common; large ids mimic interned grapheme clusters.
        Arbitrary<Integer> symbol = Arbitraries.of(97, 98, 99, 0x1F600, 0x110000, 0x110001);
        return symbol.array(int[].class).ofMaxSize(150);
    }

    @Property
    void bandedEqualsTheFullTableUpToItsLimit(@ForAll("symbols") int[] a, @ForAll("symbols") int[] b,
                                               @ForAll @IntRange(max = 160) int limit) {
        assertEquals(Math.min(reference(a, b), limit + 1), EditDistance.within(a, b, limit));
    }

    @Property
    void bitVectorEqualsTheFullTable(@ForAll("symbols") int[] a, @ForAll("symbols") int[] b) {
        assertEquals(reference(a, b), new BitVectorDistance(a).distance(b));
    }

    @Property
    void distanceIsSymmetricAndZeroOnlyForEqualInputs(@ForAll("symbols") int[] a, @ForAll("symbols") int[] b) {
        assertEquals(EditDistance.between(a, b), EditDistance.between(b, a));
        assertEquals(java.util.Arrays.equals(a, b), EditDistance.between(a, b) == 0);
    }

    @Example
    void knownDistances() {
        assertEquals(3, EditDistance.between(ids("kitten"), ids("sitting")));
        assertEquals(3, new BitVectorDistance(ids("kitten")).distance(ids("sitting")));
        assertEquals(6, EditDistance.between(ids(""), ids("sitting")) - 1);
        assertEquals(2, EditDistance.within(ids("flaw"), ids("lawn"), 5));
        assertEquals(2, EditDistance.within(ids("abcdef"), ids("ghijkl"), 1));
        // One block boundary crossed: 70 symbols against 70 with one substitution at the end.
        String seventy = "a".repeat(69);
        assertEquals(1, new BitVectorDistance(ids(seventy + "b")).distance(ids(seventy + "c")));
    }

    private static int[] ids(String s) {
        return s.codePoints().toArray();
    }

    private static int reference(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        return d[a.length][b.length];
    }
}
