package io.indaba.app.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    @Test
    void noTwoActionsShareKeys() {
        Set<KeyCombination> seen = new HashSet<>();
        for (KeyMap key : KeyMap.values()) {
            assertTrue(seen.add(key.combination()), key + " reuses " + key.combination().getName());
        }
    }

    @Test
    void shortcutsArePhysicalKeysSoTheyWorkOnNonLatinLayouts() {
        Arrays.stream(KeyMap.values()).forEach(key ->
                assertTrue(key.combination() instanceof KeyCodeCombination, key + " is bound to a character"));
    }

    @Test
    void theAdvertisedShortcutsAreBound() {
        assertEquals(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                KeyMap.TOGGLE_DARK.combination());
        assertEquals(new KeyCodeCombination(KeyCode.F1), KeyMap.SHORTCUTS.combination());
        assertEquals(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), KeyMap.NEW_PROJECT.combination());
        assertEquals(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), KeyMap.OPEN_PROJECT.combination());
        assertEquals(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), KeyMap.IMPORT.combination());
        assertEquals(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), KeyMap.QUIT.combination());
    }
}
