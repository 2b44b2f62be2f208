package io.indaba.app.keys;

import io.indaba.app.common.Messages;
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
    COMPARE_SKIP("keys.compareSkip", new KeyCodeCombination(KeyCode.PAGE_DOWN)),
    // ranking tasks (three or more responses) take these instead of the pairwise keys
    RANK_SELECT_1("keys.rankSelect1", Scope.RANK, KeyCode.DIGIT1),
    RANK_SELECT_2("keys.rankSelect2", Scope.RANK, KeyCode.DIGIT2),
    RANK_SELECT_3("keys.rankSelect3", Scope.RANK, KeyCode.DIGIT3),
    RANK_SELECT_4("keys.rankSelect4", Scope.RANK, KeyCode.DIGIT4),
    RANK_SELECT_5("keys.rankSelect5", Scope.RANK, KeyCode.DIGIT5),
    RANK_SELECT_6("keys.rankSelect6", Scope.RANK, KeyCode.DIGIT6),
    RANK_SELECT_7("keys.rankSelect7", Scope.RANK, KeyCode.DIGIT7),
    RANK_SELECT_8("keys.rankSelect8", Scope.RANK, KeyCode.DIGIT8),
    RANK_SELECT_9("keys.rankSelect9", Scope.RANK, KeyCode.DIGIT9),
    RANK_UP("keys.rankUp", Scope.RANK, KeyCode.UP),
    RANK_DOWN("keys.rankDown", Scope.RANK, KeyCode.DOWN),
    RANK_TIE("keys.rankTie", Scope.RANK, KeyCode.T),
    // review: with Shortcut (or Alt) so that typing a rationale never picks a winner
    REVIEW_A("keys.reviewA", Scope.REVIEW, KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
    REVIEW_B("keys.reviewB", Scope.REVIEW, KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
    REVIEW_TIE("keys.reviewTie", Scope.REVIEW, KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
    REVIEW_BOTH_BAD("keys.reviewBothBad", Scope.REVIEW, KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN),
    REVIEW_STRENGTH_1("keys.reviewStrength1", Scope.REVIEW, KeyCode.DIGIT1, KeyCombination.ALT_DOWN),
    REVIEW_STRENGTH_2("keys.reviewStrength2", Scope.REVIEW, KeyCode.DIGIT2, KeyCombination.ALT_DOWN),
    REVIEW_STRENGTH_3("keys.reviewStrength3", Scope.REVIEW, KeyCode.DIGIT3, KeyCombination.ALT_DOWN),
    REVIEW_SAVE("keys.reviewSave", Scope.REVIEW, KeyCode.S, KeyCombination.SHORTCUT_DOWN),
    REVIEW_NEXT("keys.reviewNext", Scope.REVIEW, KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN),
    REVIEW_PREVIOUS("keys.reviewPrevious", Scope.REVIEW, KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_CONFIRM("keys.translateConfirm", Scope.TRANSLATE, KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_NEXT_ITEM("keys.translateNextItem", Scope.TRANSLATE, KeyCode.DOWN, KeyCombination.ALT_DOWN),
    TRANSLATE_PREVIOUS_ITEM("keys.translatePreviousItem", Scope.TRANSLATE, KeyCode.UP, KeyCombination.ALT_DOWN),
    TRANSLATE_COPY_SOURCE("keys.translateCopySource", Scope.TRANSLATE, KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_NEXT_FINDING("keys.translateNextFinding", Scope.TRANSLATE, KeyCode.F8),
    TRANSLATE_FIX_FINDING("keys.translateFixFinding", Scope.TRANSLATE, KeyCode.F8, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_UNDO("keys.translateUndo", Scope.TRANSLATE, KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_REDO("keys.translateRedo", Scope.TRANSLATE, KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_REVERT("keys.translateRevert", Scope.TRANSLATE, KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_TWIN("keys.translateTwin", Scope.TRANSLATE, KeyCode.T, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_SEARCH("keys.translateSearch", Scope.TRANSLATE, KeyCode.F, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_REPLACE("keys.translateReplace", Scope.TRANSLATE, KeyCode.H, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_VERIFY_MODE("keys.translateVerifyMode", Scope.TRANSLATE, KeyCode.V, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_PERFECT("keys.translatePerfect", Scope.TRANSLATE, KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_NEEDS_CORRECTION("keys.translateNeedsCorrection", Scope.TRANSLATE, KeyCode.N,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    TRANSLATE_PALETTE_1("keys.translatePalette1", Scope.TRANSLATE, KeyCode.DIGIT1, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_2("keys.translatePalette2", Scope.TRANSLATE, KeyCode.DIGIT2, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_3("keys.translatePalette3", Scope.TRANSLATE, KeyCode.DIGIT3, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_4("keys.translatePalette4", Scope.TRANSLATE, KeyCode.DIGIT4, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_5("keys.translatePalette5", Scope.TRANSLATE, KeyCode.DIGIT5, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_6("keys.translatePalette6", Scope.TRANSLATE, KeyCode.DIGIT6, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_7("keys.translatePalette7", Scope.TRANSLATE, KeyCode.DIGIT7, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_8("keys.translatePalette8", Scope.TRANSLATE, KeyCode.DIGIT8, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_9("keys.translatePalette9", Scope.TRANSLATE, KeyCode.DIGIT9, KeyCombination.ALT_DOWN),
    // Igbo's palette has eleven characters: the row of digits goes on to 0, - and =
    TRANSLATE_PALETTE_10("keys.translatePalette10", Scope.TRANSLATE, KeyCode.DIGIT0, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_11("keys.translatePalette11", Scope.TRANSLATE, KeyCode.MINUS, KeyCombination.ALT_DOWN),
    TRANSLATE_PALETTE_12("keys.translatePalette12", Scope.TRANSLATE, KeyCode.EQUALS, KeyCombination.ALT_DOWN),
    // suggestions: Ctrl+N takes the N-th memory match, Ctrl+Shift+N inserts the N-th glossary term
    TRANSLATE_MATCH_1("keys.translateMatch1", Scope.TRANSLATE, KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_MATCH_2("keys.translateMatch2", Scope.TRANSLATE, KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_MATCH_3("keys.translateMatch3", Scope.TRANSLATE, KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_MATCH_4("keys.translateMatch4", Scope.TRANSLATE, KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_MATCH_5("keys.translateMatch5", Scope.TRANSLATE, KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN),
    TRANSLATE_TERM_1("keys.translateTerm1", Scope.TRANSLATE, KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_TERM_2("keys.translateTerm2", Scope.TRANSLATE, KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_TERM_3("keys.translateTerm3", Scope.TRANSLATE, KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_TERM_4("keys.translateTerm4", Scope.TRANSLATE, KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_TERM_5("keys.translateTerm5", Scope.TRANSLATE, KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_DRAFT("keys.translateDraft", Scope.TRANSLATE, KeyCode.M, KeyCombination.SHORTCUT_DOWN),
    // audit: bare keys act only while no text field has focus; Shortcut+Enter submits from anywhere
    AUDIT_SUBMIT("keys.auditSubmit", Scope.AUDIT, KeyCode.ENTER),
    AUDIT_SUBMIT_TYPING("keys.auditSubmitTyping", Scope.AUDIT, KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
    AUDIT_NEXT_FIELD("keys.auditNextField", Scope.AUDIT, KeyCode.TAB),
    AUDIT_PREVIOUS_FIELD("keys.auditPreviousField", Scope.AUDIT, KeyCode.TAB, KeyCombination.SHIFT_DOWN),
    AUDIT_SKIP("keys.auditSkip", Scope.AUDIT, KeyCode.PAGE_DOWN),
    // a CAT editor's Tab moves between fields; a tab character is rarely meant, so it takes a deliberate key
    TRANSLATE_NEXT_FIELD("keys.translateNextField", Scope.TRANSLATE, KeyCode.TAB),
    TRANSLATE_PREVIOUS_FIELD("keys.translatePreviousField", Scope.TRANSLATE, KeyCode.TAB, KeyCombination.SHIFT_DOWN),
    TRANSLATE_INSERT_TAB("keys.translateInsertTab", Scope.TRANSLATE, KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN),
    // statuses in their order: Alt+Shift+digit, beside the palette's Alt+digit
    TRANSLATE_STATUS_NEW("keys.translateStatusNew", Scope.TRANSLATE, KeyCode.DIGIT1, KeyCombination.ALT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_STATUS_DRAFT("keys.translateStatusDraft", Scope.TRANSLATE, KeyCode.DIGIT2, KeyCombination.ALT_DOWN,
            KeyCombination.SHIFT_DOWN),
    TRANSLATE_STATUS_TRANSLATED("keys.translateStatusTranslated", Scope.TRANSLATE, KeyCode.DIGIT3,
            KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
    TRANSLATE_STATUS_REVIEWED("keys.translateStatusReviewed", Scope.TRANSLATE, KeyCode.DIGIT4,
            KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
    TRANSLATE_STATUS_APPROVED("keys.translateStatusApproved", Scope.TRANSLATE, KeyCode.DIGIT5,
            KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
    TRANSLATE_STATUS_REJECTED("keys.translateStatusRejected", Scope.TRANSLATE, KeyCode.DIGIT6,
            KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
    TRANSLATE_STATUS_NEEDS_ADAPTATION("keys.translateStatusNeedsAdaptation", Scope.TRANSLATE, KeyCode.DIGIT7,
            KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);

    /** Where a shortcut applies: everywhere, or only while one workspace shows (so two workspaces may share keys). */
    public enum Scope {
        GLOBAL, COMPARE, RANK, TRANSLATE, REVIEW, AUDIT
    }

    /** The palette shortcuts in order: Alt+1 inserts the first key of the palette, Alt+= the twelfth. */
    public static final java.util.List<KeyMap> PALETTE = java.util.List.of(TRANSLATE_PALETTE_1, TRANSLATE_PALETTE_2,
            TRANSLATE_PALETTE_3, TRANSLATE_PALETTE_4, TRANSLATE_PALETTE_5, TRANSLATE_PALETTE_6, TRANSLATE_PALETTE_7,
            TRANSLATE_PALETTE_8, TRANSLATE_PALETTE_9, TRANSLATE_PALETTE_10, TRANSLATE_PALETTE_11, TRANSLATE_PALETTE_12);

    /** The memory-match shortcuts in order: Ctrl+1 takes the best match. */
    public static final java.util.List<KeyMap> MATCHES = java.util.List.of(TRANSLATE_MATCH_1, TRANSLATE_MATCH_2,
            TRANSLATE_MATCH_3, TRANSLATE_MATCH_4, TRANSLATE_MATCH_5);

    /** The glossary shortcuts in order: Ctrl+Shift+1 inserts the first term's translation. */
    public static final java.util.List<KeyMap> TERMS = java.util.List.of(TRANSLATE_TERM_1, TRANSLATE_TERM_2,
            TRANSLATE_TERM_3, TRANSLATE_TERM_4, TRANSLATE_TERM_5);

    /** The ranking selection shortcuts in order: 1 selects the first response shown. */
    public static final java.util.List<KeyMap> RANK_SELECT = java.util.List.of(RANK_SELECT_1, RANK_SELECT_2,
            RANK_SELECT_3, RANK_SELECT_4, RANK_SELECT_5, RANK_SELECT_6, RANK_SELECT_7, RANK_SELECT_8, RANK_SELECT_9);

    /** The status shortcuts in the order of {@code TranslationStatus}: Alt+Shift+1 is New. */
    public static final java.util.List<KeyMap> STATUSES = java.util.List.of(TRANSLATE_STATUS_NEW,
            TRANSLATE_STATUS_DRAFT, TRANSLATE_STATUS_TRANSLATED, TRANSLATE_STATUS_REVIEWED, TRANSLATE_STATUS_APPROVED,
            TRANSLATE_STATUS_REJECTED, TRANSLATE_STATUS_NEEDS_ADAPTATION);

    private final String messageKey;
    private final Scope scope;
    private final KeyCombination combination;

    KeyMap(String messageKey, KeyCombination combination) {
        this.messageKey = messageKey;
        this.combination = combination;
        // The comparison's bare arrows and digits only make sense while it shows.
        this.scope = name().startsWith("COMPARE_") ? Scope.COMPARE : Scope.GLOBAL;
    }

    KeyMap(String messageKey, Scope scope, KeyCode code, KeyCombination.Modifier... modifiers) {
        this.messageKey = messageKey;
        this.scope = scope;
        this.combination = new KeyCodeCombination(code, modifiers);
    }

    /** Where the shortcut applies. */
    public Scope scope() {
        return scope;
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
