package io.indaba.app.translate;

import io.indaba.core.translate.TranslationStatus;
import java.util.Objects;

/** The translation editor's style classes, defined in {@code editor.css} next to this class. */
final class EditorStyles {

    static final String STYLESHEET =
            Objects.requireNonNull(EditorStyles.class.getResource("editor.css")).toExternalForm();
    static final String LIST_CELL = "editor-list-cell";
    static final String ID = "editor-id";
    static final String STATUS = "editor-status";
    static final String FIELDS = "editor-fields";
    static final String FIELD_NAME = "editor-field-name";
    static final String SOURCE = "editor-source";
    /** Every run of the source text; a blank or term class after it takes over the colour. */
    static final String SOURCE_TEXT = "editor-source-text";
    static final String SELECTION = "editor-source-selection";
    static final String BLANK = "editor-blank";
    static final String TERM = "editor-term";
    static final String TARGET = "editor-target";
    /** The target text shown wrapped below a field whose script is edited unwrapped. */
    static final String WRAPPED = "editor-wrapped";
    static final String WARNING = "editor-warning";
    static final String ANSWER = "editor-answer";
    static final String HEADER = "editor-header";
    static final String PALETTE = "editor-palette";
    static final String SIDE = "editor-side";
    static final String PROGRESS = "editor-progress";
    static final String REPLACE = "editor-replace";
    static final String SUGGESTION = "editor-suggestion";
    static final String SUGGESTION_HEAD = "editor-suggestion-head";
    static final String SECTION = "editor-section";
    static final String DIFF_EQUAL = "editor-diff-equal";
    static final String DIFF_INSERT = "editor-diff-insert";
    static final String DIFF_DELETE = "editor-diff-delete";

    private EditorStyles() {
    }

    /** The class that colours a status badge. */
    static String status(TranslationStatus status) {
        return "editor-status-" + status.code();
    }
}
