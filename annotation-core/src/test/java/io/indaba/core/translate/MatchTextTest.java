package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the matcher treats as equal, and what counts as one edit. */
class MatchTextTest {

    @Test
    void caseWhitespaceAndCompositionDoNotMatter() {
        assertEquals(MatchText.of("Which of the following is TRUE?"),
                MatchText.of("  which\u00A0of the\tfollowing is true? "));
        assertEquals(MatchText.of("caf\u00E9"), MatchText.of("cafe\u0301"));
        assertEquals(MatchText.of("STRASSE"), MatchText.of("stra\u00DFe"));
        assertEquals("se\u025Bn", MatchText.of("se\u200B\u025Bn").text());
    }

    @Test
    void aVowelWithDotBelowAndToneIsOneGrapheme() {
        // Igbo "ọ̀": two code points after NFC, one cluster, so changing its tone is one edit, not two.
        MatchText withTone = MatchText.of("\u1ECD\u0300 na");
        MatchText otherTone = MatchText.of("\u1ECD\u0301 na");
        assertEquals(4, withTone.length());
        assertEquals(1, EditDistance.between(withTone.graphemes(), otherTone.graphemes()));
        assertEquals(75, Similarity.percentage("\u1ECD\u0300 na", "\u1ECD\u0301 na"));
    }

    @Test
    void percentageFollowsOmegaT() {
        assertEquals(100, Similarity.percentage("The cell", "the  CELL"));
        assertEquals(87, Similarity.percentage("abcdefgh", "abcdefgX"));
        assertEquals(0, Similarity.percentage("abc", "xyz"));
        assertEquals(0, Similarity.percentage("", "xyz"));
        assertEquals(100, Similarity.percentage("", " "));
        assertEquals(4, Similarity.distanceLimit(10, 51));
        assertEquals(5, Similarity.distanceLimit(10, 50));
    }
}
