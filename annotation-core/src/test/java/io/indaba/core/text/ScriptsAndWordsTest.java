package io.indaba.core.text;

import com.ibm.icu.lang.UScript;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptsAndWordsTest {

    @Test
    void namesTheScriptsOfAWord() {
        assertEquals(UScript.GREEK, Scripts.of('ε'));
        assertEquals(UScript.LATIN, Scripts.of('ɛ'));
        int[] mixed = Scripts.of("sεbεn");
        assertArrayEquals(sorted(UScript.LATIN, UScript.GREEK), mixed);
        assertEquals(UScript.COMMON, Scripts.ofWord("sεbεn"));
        assertEquals(UScript.LATIN, Scripts.ofWord("sɛbɛn"));
        assertEquals(UScript.ETHIOPIC, Scripts.ofWord("ሰላም"));
        assertArrayEquals(new int[0], Scripts.of("42_!"));
        assertEquals(UScript.ETHIOPIC, Scripts.dominant("የRNA ቫይረስ"));
        assertEquals(UScript.COMMON, Scripts.dominant("12 + 3"));
        assertEquals("Ethiopic", Scripts.name(UScript.ETHIOPIC));
    }

    @Test
    void combiningMarksAndDigitsDoNotChangeAWordsScript() {
        assertEquals(UScript.LATIN, Scripts.ofWord("o\u0323\u0301"));
        assertEquals(UScript.LATIN, Scripts.ofWord("COVID19"));
    }

    @Test
    void splitsOnSpacesPunctuationAndTheBlank() {
        List<Word> words = Words.of("n’a fɔ _ bɛ, ቤቱ፡ክፍል क्\u200Dष");
        assertEquals(List.of("n", "a", "fɔ", "bɛ", "ቤቱ", "ክፍል", "क्\u200Dष"),
                words.stream().map(Word::text).toList());
        assertEquals(new Word(0, 1, "n"), words.get(0));
        assertEquals(List.of(), Words.of(null));
        assertEquals(List.of(), Words.of(" _ ... "));
    }

    @Property
    void wordsAreSubstringsAtTheirOffsets(@ForAll String text) {
        int last = 0;
        for (Word w : Words.of(text)) {
            assertTrue(w.start() >= last && w.end() > w.start());
            assertEquals(text.substring(w.start(), w.end()), w.text());
            last = w.end();
        }
    }

    private static int[] sorted(int a, int b) {
        return a < b ? new int[] {a, b} : new int[] {b, a};
    }
}
