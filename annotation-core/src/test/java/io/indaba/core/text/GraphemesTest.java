package io.indaba.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GraphemesTest {

    @Test
    void countsUserPerceivedCharacters() {
        assertEquals(0, Graphemes.count(null));
        assertEquals(0, Graphemes.count(""));
        assertEquals(5, Graphemes.count("sɛbɛn"));
        assertEquals(1, Graphemes.count("e\u0301"));
        // Igbo o with dot below and acute: two code points even after NFC, one grapheme
        assertEquals(1, Graphemes.count("\u1ECD\u0301"));
        assertEquals(3, Graphemes.count("ሰላም"));
        assertEquals(1, Graphemes.count("\r\n"));
        assertEquals(1, Graphemes.count("👨\u200D👩\u200D👧"));
        assertEquals(1, Graphemes.count("क्ष")); // conjunct: one cluster since Unicode 15.1 (rule GB9c)
    }

    @Test
    void splitsAndCutsOnClusterBoundaries() {
        String igbo = "o\u0323\u0301ma";
        assertEquals(List.of("o\u0323\u0301", "m", "a"), Graphemes.split(igbo));
        assertArrayEquals(new int[] {0, 3, 4, 5}, Graphemes.boundaries(igbo));
        assertEquals("o\u0323\u0301", Graphemes.substring(igbo, 0, 1));
        assertEquals("ma", Graphemes.substring(igbo, 1, 3));
        assertEquals("o\u0323\u0301m", Graphemes.truncate(igbo, 2));
        assertEquals(igbo, Graphemes.truncate(igbo, 10));
        assertThrows(IndexOutOfBoundsException.class, () -> Graphemes.substring(igbo, 2, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> Graphemes.substring(igbo, 2, 1));
    }

    @Property
    void splitRebuildsTheTextAndAgreesWithIcu(@ForAll String text) {
        List<String> parts = Graphemes.split(text);
        assertEquals(text, String.join("", parts));
        assertEquals(parts.size(), Graphemes.count(text));
        assertEquals(icuCount(text), Graphemes.count(text));
    }

    @Property
    void latinFastPathAgreesWithIcu(@ForAll @CharRange(from = 0, to = 0x2FF) String text) {
        assertEquals(icuCount(text), Graphemes.count(text));
    }

    @Property
    void ethiopicFastPathAgreesWithIcu(@ForAll @CharRange(from = 0x1200, to = 0x135C) @CharRange(from = 0x1360,
            to = 0x137F) @CharRange(from = ' ', to = '~') String text) { // U+135D-F are combining marks
        assertEquals(icuCount(text), Graphemes.count(text));
        assertEquals(text.length(), Graphemes.count(text));
    }

    @Property
    void indicArabicAndNkoAgreeWithIcu(@ForAll @CharRange(from = 0x0600, to = 0x0DFF) @CharRange(from = ' ', to = '~')
                                       String text) {
        assertEquals(icuCount(text), Graphemes.count(text));
    }

    private static int icuCount(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance(ULocale.ROOT);
        it.setText(text);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }
}
