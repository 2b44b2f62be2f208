package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterPaletteTest {

    private static List<String> inserts(String tag) {
        return CharacterPalette.forLanguage(tag).stream().map(CharacterPalette.Key::insert).toList();
    }

    @Test
    void eachLanguageGetsTheLettersItsKeyboardsLack() {
        assertEquals(List.of("ɛ", "ɔ", "ɲ", "ŋ"), inserts("bm").subList(0, 4));
        assertEquals(List.of("ị", "ọ", "ụ", "ṅ"), inserts("ig").subList(0, 4));
        assertEquals(List.of("ẹ", "ọ", "ṣ"), inserts("yo").subList(0, 3));
        assertEquals(List.of("።", "፣", "፤", "፥", "፧", "፨"), inserts("am").subList(0, 6));
    }

    @Test
    void regionSubtagsAndUnknownLanguages() {
        assertEquals(inserts("ig"), inserts("ig-NG"));
        assertTrue(inserts("zu").isEmpty());
        assertTrue(inserts(null).isEmpty());
    }

    @Test
    void combiningToneMarksShowOnADottedCircleButInsertAlone() {
        CharacterPalette.Key acute = CharacterPalette.forLanguage("ig").get(4);
        assertEquals("\u0301", acute.insert());
        assertEquals("\u25CC\u0301", acute.label());
    }

    @Test
    void aToneFromThePaletteComposesWithTheVowelBeforeTheCaret() {
        // What the editor does on Alt+5 after "o" in Igbo: insert U+0301, then the NFC formatter runs.
        String before = "Ndo";
        String inserted = before + CharacterPalette.forLanguage("ig").get(4).insert();
        NfcEdit edit = NfcEdit.of(before, inserted, inserted.length());
        assertEquals("Ndó", before.substring(0, edit.start()) + edit.text() + before.substring(edit.end()));
    }

    @Test
    void everyCharacterOfEveryPaletteHasAKey() {
        for (String lang : CharacterPalette.languages()) {
            assertTrue(CharacterPalette.forLanguage(lang).size() <= io.indaba.app.keys.KeyMap.PALETTE.size(),
                    lang + " has more palette characters than shortcuts");
        }
        assertEquals(11, CharacterPalette.forLanguage("ig").size(), "Igbo: Ụ and Ṅ are the 10th and 11th");
    }
}
