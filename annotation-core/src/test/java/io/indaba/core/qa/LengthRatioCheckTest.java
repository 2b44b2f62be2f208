package io.indaba.core.qa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.indaba.core.qa.QaItems.run;
import static io.indaba.core.qa.QaItems.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LengthRatioCheckTest {

    private final LengthRatioCheck check = new LengthRatioCheck();
    private static final String SOURCE = "He never comes to my home, but I always go to his house.";

    @Test
    void usesPerLanguageBoundsInGraphemes() {
        // 24 Ethiopic graphemes for 56 English ones: 0.43, normal for Amharic, short for Bambara
        String amharic = "ወደ መኖሪያዬ ፈጽሞ አይመጣም, ነገር ግን ሁልጊዜ";
        assertEquals(List.of(), run(check, text("am", SOURCE, amharic)));
        QaFinding f = run(check, text("bm", SOURCE, "An bɛ a tilayɔrɔba")).get(0);
        assertEquals("The translation is 0.32 times as long as the source (expected 0.40 to 2.50).", f.message());
    }

    @Test
    void countsCombiningAccentsAsPartOfTheirLetter() {
        String decomposed = "o\u0323\u0301".repeat(60); // 60 graphemes, 180 code points
        assertEquals(List.of(), run(check, text("ig", "x".repeat(60), decomposed)));
        assertEquals(1, run(check, text("ig", "x".repeat(20), decomposed)).size());
    }

    @Test
    void skipsShortSources() {
        assertEquals(List.of(), run(check, text("bm", "home", "so ba kelen ka bon kosɛbɛ")));
    }
}
