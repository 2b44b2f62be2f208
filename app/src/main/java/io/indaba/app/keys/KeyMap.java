package io.indaba.app.keys;

import io.indaba.app.Messages;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the workbench in one place. Key codes, not typed characters, so the shortcuts
 * work on non-Latin keyboard layouts; Shortcut is Ctrl, or Cmd on macOS.
 */
public enum KeyMap {
    NEW_PROJECT("keys.newProject", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN)),
    OPEN_PROJECT("keys.openProject", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN)),
    IMPORT("keys.import", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN)),
    EXPORT("keys.export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
    QUIT("keys.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)),
    TOGGLE_DARK("keys.toggleDark",
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    SHORTCUTS("keys.shortcuts", new KeyCodeCombination(KeyCode.F1)),
    COMPARE_LEFT("keys.compareLeft", new KeyCodeCombination(KeyCode.LEFT)),
    COMPARE_RIGHT("keys.compareRight", new KeyCodeCombination(KeyCode.RIGHT)),
    COMPARE_TIE("keys.compareTie", new KeyCodeCombination(KeyCode.DOWN)),
    COMPARE_BOTH_BAD("keys.compareBothBad", new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHIFT_DOWN)),
    COMPARE_STRENGTH_1("keys.compareStrength1", new KeyCodeCombination(KeyCode.DIGIT1)),
    COMPARE_STRENGTH_2("keys.compareStrength2", new KeyCodeCombination(KeyCode.DIGIT2)),
    COMPARE_STRENGTH_3("keys.compareStrength3", new KeyCodeCombination(KeyCode.DIGIT3)),
    COMPARE_SUBMIT("keys.compareSubmit", new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN)),
    COMPARE_SKIP("keys.compareSkip", new KeyCodeCombination(KeyCode.PAGE_DOWN));

    private final String messageKey;
    private final KeyCombination combination;

    KeyMap(String messageKey, KeyCombination combination) {
        this.messageKey = messageKey;
        this.combination = combination;
    }

    /** The keys to press. */
    public KeyCombination combination() {
        return combination;
    }

    /** The bundle key of what the shortcut does. */
    public String messageKey() {
        return messageKey;
    }

    /** What the shortcut does, in the user's words. */
    public String description() {
        return Messages.get(messageKey);
    }
}
