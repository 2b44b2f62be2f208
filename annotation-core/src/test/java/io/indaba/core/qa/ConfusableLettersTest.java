package io.indaba.core.qa;

import com.ibm.icu.lang.UScript;
import io.indaba.core.text.Scripts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ConfusableLettersTest {

    @Test
    void everyEntryMapsAForeignLetterToALatinOne() {
        for (Map<Integer, Integer> table : java.util.List.of(ConfusableLetters.LATIN_LOOKALIKES,
                ConfusableLetters.AFRICAN_OPEN_VOWELS)) {
            table.forEach((from, to) -> {
                assertNotEquals(UScript.LATIN, Scripts.of(from), "U+" + Integer.toHexString(from));
                assertEquals(UScript.LATIN, Scripts.of(to), "U+" + Integer.toHexString(to));
            });
        }
    }

    @Test
    void bambaraTableHasTheOpenVowelsAndDropsTheAmbiguousCapital() {
        assertEquals(0x025B, ConfusableLetters.AFRICAN_OPEN_VOWELS.get(0x03B5));
        assertEquals(0x0254, ConfusableLetters.AFRICAN_OPEN_VOWELS.get(0x037B));
        assertEquals(0x0186, ConfusableLetters.AFRICAN_OPEN_VOWELS.get(0x03FD));
        assertFalse(ConfusableLetters.AFRICAN_OPEN_VOWELS.containsKey(0x0395));
        assertEquals('E', ConfusableLetters.LATIN_LOOKALIKES.get(0x0395));
        assertFalse(ConfusableLetters.LATIN_LOOKALIKES.containsKey(0x03B5));
    }
}
