package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;

/** The match percentage over arbitrary Unicode, lone surrogates included: bounded, reflexive, symmetric, total. */
class SimilarityPropertiesTest {

    @Provide
    Arbitrary<String> tricky() {
        // Combining marks, ZWJ emoji, Ge'ez, Igbo tone marks, spaces of every kind, a lone surrogate.
        Arbitrary<String> pieces = Arbitraries.of("a", "A", "e\u0301", "\u00e9", "\u1ECD\u0300", "\u1ECC\u0300",
                "\u12A0", "\u1362", " ", "\u00A0", "\u200B", "\t\r\n", "\uD83D\uDC68\u200D\uD83D\uDC69", "\uD800",
                "\u00DF", "SS", "\u0130", "_", ".");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property
    void percentageIsBetweenZeroAndHundred(@ForAll @CharRange(from = 0, to = 0xFFFF) String a,
                                           @ForAll @CharRange(from = 0, to = 0xFFFF) String b) {
        int p = Similarity.percentage(a, b);
        assertTrue(p >= 0 && p <= 100, () -> "percentage " + p);
    }

    @Property
    void identicalTextsScoreHundred(@ForAll("tricky") String a) {
        assertEquals(100, Similarity.percentage(a, a));
    }

    @Property
    void percentageIsSymmetric(@ForAll("tricky") String a, @ForAll("tricky") String b) {
        assertEquals(Similarity.percentage(a, b), Similarity.percentage(b, a));
    }

    @Property
    void hundredOnlyWhenTheNormalisedTextsAreEqual(@ForAll("tricky") String a, @ForAll("tricky") String b) {
        assertEquals(MatchText.of(a).equals(MatchText.of(b)), Similarity.percentage(a, b) == 100);
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll @CharRange(from = 0, to = 0xFFFF) String a) {
        String once = MatchText.normalise(a);
        assertEquals(once, MatchText.normalise(once));
    }
}
