package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class InvisibleCharCheckTest {

    private final InvisibleCharCheck check = new InvisibleCharCheck();

    @Test
    void removesZeroWidthSpacesAndFriends() {
        QaFinding f = run(check, text("bm", "x", "\uFEFFan nɔ na, \u200B\u200Bbawo bɛ\u00AD\u2060n")).get(0);
        assertEquals("an nɔ na, bawo bɛn", f.autoFix().orElseThrow());
        assertEquals(5, f.ranges().size());
        assertEquals("Invisible characters: ZERO WIDTH NO-BREAK SPACE, ZERO WIDTH SPACE ×2, SOFT HYPHEN, WORD JOINER.",
                f.message());
    }

    @Test
    void keepsJoinersWhereTheScriptShapesWithThem() {
        assertEquals(List.of(), run(check, text("hi", "x", "क्\u200Dष")));
        assertEquals(List.of(), run(check, text("fa", "x", "می\u200Cخواهم")));
        assertEquals(List.of(), run(check, text("en", "x", "मे\u200Cरा"))); // Devanagari word in another language
        assertEquals(List.of(), run(check, text("en", "x", "👨\u200D👩\u200D👧")));
        QaFinding latin = run(check, text("bm", "x", "b\u200Dɛ\u200Cn")).get(0);
        assertEquals("bɛn", latin.autoFix().orElseThrow());
    }

    @Test
    void keepsZeroWidthSpaceBetweenThaiWords() {
        assertEquals(List.of(), run(check, text("th", "x", "ภาษา\u200Bไทย")));
    }

    @Test
    void keepsBalancedBidiControlsOnlyInRightToLeftText() {
        assertEquals(List.of(), run(check, text("ar", "x", "عربي \u2067abc\u2069 \u200F")));
        QaFinding unclosed = run(check, text("ar", "x", "عربي \u2067abc")).get(0);
        assertEquals("عربي abc", unclosed.autoFix().orElseThrow());
        QaFinding ltr = run(check, text("bm", "x", "a\u200Eb \u202Ac\u202C")).get(0);
        assertEquals("ab c", ltr.autoFix().orElseThrow());
    }

    @Test
    void ignoresOrdinaryText() {
        assertEquals(List.of(), run(check, text("ig", "x", "Ọ dị mma\u00A0nke ukwuu")));
    }
}
