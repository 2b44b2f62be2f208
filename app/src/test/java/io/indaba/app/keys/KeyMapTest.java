package io.indaba.app.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    @Test
    void noTwoActionsShareKeysWhereBothApply() {
        for (KeyMap a : KeyMap.values()) {
            for (KeyMap b : KeyMap.values()) {
                boolean overlap = a.scope() == b.scope() || a.scope() == KeyMap.Scope.GLOBAL
                        || b.scope() == KeyMap.Scope.GLOBAL;
                assertTrue(a == b || !overlap || !a.combination().equals(b.combination()),
                        a + " and " + b + " share " + a.combination().getName());
            }
        }
    }

    @Test
    void theEditorConfirmsWithCtrlEnterLikeEveryCatTool() {
        assertEquals(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                KeyMap.TRANSLATE_CONFIRM.combination());
        assertEquals(KeyMap.Scope.TRANSLATE, KeyMap.TRANSLATE_CONFIRM.scope());
        assertEquals(KeyMap.Scope.COMPARE, KeyMap.COMPARE_SUBMIT.scope());
        assertEquals(12, KeyMap.PALETTE.size(), "the digit row: Alt+1..9, Alt+0, Alt+-, Alt+=");
        assertEquals(new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.ALT_DOWN), KeyMap.PALETTE.get(8).combination());
        assertEquals(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.ALT_DOWN), KeyMap.PALETTE.get(10).combination());
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

    @Test
    void everyTranslationStatusHasAKeyInItsOrder() {
        assertEquals(io.indaba.core.translate.TranslationStatus.values().length, KeyMap.STATUSES.size());
        for (int i = 0; i < KeyMap.STATUSES.size(); i++) {
            String name = io.indaba.core.translate.TranslationStatus.values()[i].name().replace("_", "");
            assertTrue(KeyMap.STATUSES.get(i).name().replace("_", "").endsWith(name), KeyMap.STATUSES.get(i).name());
            assertEquals(KeyMap.Scope.TRANSLATE, KeyMap.STATUSES.get(i).scope());
        }
    }

    @Test
    void tabMovesBetweenFieldsInTheEditor() {
        assertEquals(new KeyCodeCombination(KeyCode.TAB), KeyMap.TRANSLATE_NEXT_FIELD.combination());
        assertEquals(new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN),
                KeyMap.TRANSLATE_PREVIOUS_FIELD.combination());
    }
}
