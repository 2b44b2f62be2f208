package io.indaba.app.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/**
 * Key presses as JavaFX 21 delivers them under GTK with a Russian, Arabic or Amharic layout (recorded under Xvfb,
 * decision 0017): no key code, the layout's character as text, the modifiers as pressed.
 */
class PhysicalKeysTest {

    /** A key press as it arrives under a non-Latin layout. */
    static KeyEvent pressed(String text, boolean shift, boolean control, boolean alt) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", text, KeyCode.UNDEFINED, shift, control, alt, false);
    }

    @Test
    void russianCtrlShiftDIsTheThemeKey() {
        KeyEvent ru = pressed("В", true, true, false);
        assertFalse(KeyMap.TOGGLE_DARK.combination().match(ru), "what JavaFX alone makes of it");
        KeyEvent resolved = PhysicalKeys.resolve(ru);
        assertEquals(KeyCode.D, resolved.getCode());
        assertTrue(KeyMap.TOGGLE_DARK.combination().match(resolved));
        assertEquals("В", resolved.getText(), "the text stays what the layout types");
        assertTrue(KeyMap.REVIEW_SAVE.combination().match(PhysicalKeys.resolve(pressed("ы", false, true, false))));
        assertTrue(KeyMap.QUIT.combination().match(PhysicalKeys.resolve(pressed("й", false, true, false))));
    }

    @Test
    void arabicKeysIncludingTheirShiftedSymbolsAreTheirUsKeys() {
        assertEquals(KeyCode.S, PhysicalKeys.usKey(pressed("س", false, true, false)));
        // Shift on the D key of the Arabic layout types ']', but the code comes from the unshifted ي: undefined
        KeyEvent shifted = PhysicalKeys.resolve(pressed("]", true, true, false));
        assertTrue(KeyMap.TOGGLE_DARK.combination().match(shifted));
        assertTrue(KeyMap.TRANSLATE_DRAFT.combination().match(PhysicalKeys.resolve(pressed("ة", false, true, false))));
    }

    @Test
    void amharicLettersAndEthiopicDigitsAreTheirUsKeys() {
        assertTrue(KeyMap.TOGGLE_DARK.combination().match(PhysicalKeys.resolve(pressed("ዸ", true, true, false))));
        assertTrue(KeyMap.TRANSLATE_PALETTE_1.combination().match(PhysicalKeys.resolve(pressed("፩", false, false, true))));
        assertTrue(KeyMap.TRANSLATE_MATCH_2.combination().match(PhysicalKeys.resolve(pressed("፪", false, true, false))));
        assertTrue(KeyMap.COMPARE_STRENGTH_3.combination().match(PhysicalKeys.resolve(pressed("፫", false, false, false))),
                "bare digits of the comparison too");
    }

    @Test
    void keysWithACodeAndTypedCharactersAreLeftAlone() {
        assertNull(PhysicalKeys.resolve(new KeyEvent(KeyEvent.KEY_PRESSED, "", "\u0004", KeyCode.D, false, true, false,
                false)), "US layout: the code is there");
        assertNull(PhysicalKeys.resolve(new KeyEvent(KeyEvent.KEY_PRESSED, "", "]", KeyCode.CLOSE_BRACKET, false,
                true, false, false)), "a real ] key is not the Arabic D");
        assertNull(PhysicalKeys.resolve(new KeyEvent(KeyEvent.KEY_TYPED, "в", "", KeyCode.UNDEFINED, false, true,
                false, false)));
        assertNull(PhysicalKeys.resolve(pressed("λ", false, true, false)), "a layout it does not know");
        assertNull(PhysicalKeys.resolve(pressed("", false, true, false)));
    }
}
