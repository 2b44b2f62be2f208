package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.AppFonts;
import io.indaba.app.theme.Styles;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.base.LanguageTags;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The item being translated: a header with id, kind, the locked answer key, twin and verification controls, the
 * language's character palette, then one row per field, source beside target.
 */
final class ItemEditorView extends VBox {

    private final TranslateViewModel model;
    private final ItemEditorViewModel editor;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final Label answer = new Label();
    private final Button twin = new Button(Messages.get("translate.twin"));
    final PaletteBar palette;
    final TextField correctionNote = new TextField();
    private final List<FieldRow> rows = new ArrayList<>();
    private Consumer<String> sourceSelected = text -> { };

    ItemEditorView(TranslateViewModel model) {
        this.model = model;
        this.editor = model.editor();
        setId("editor-item");
        palette = new PaletteBar(this::insertAtCaret);
        title.getStyleClass().add(Styles.HEADING);
        title.setId("editor-item-title");
        answer.setId("editor-answer");
        answer.getStyleClass().add(EditorStyles.ANSWER);
        twin.setId("editor-twin");
        twin.setFocusTraversable(false);
        twin.setOnAction(e -> model.openTwin());
        twin.visibleProperty().bind(editor.twinProperty().isNotNull());
        twin.managedProperty().bind(twin.visibleProperty());
        Button revert = new Button(Messages.get("translate.revert"));
        revert.setId("editor-revert");
        revert.setFocusTraversable(false);
        revert.setOnAction(e -> editor.revertItem());
        ToggleButton verify = new ToggleButton(Messages.get("translate.verify"));
        verify.setId("editor-verify");
        verify.setFocusTraversable(false);
        verify.selectedProperty().bindBidirectional(editor.verifyingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {answer, twin, revert, verify}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(Region.USE_PREF_SIZE); // the id and kind in full; the buttons beside it give way
        HBox header = new HBox(title, answer, twin, grow, revert, verify);
        header.getStyleClass().add(EditorStyles.HEADER);

        Button perfect = new Button(Messages.get("translate.verify.perfect"));
        perfect.setId("editor-perfect");
        perfect.setOnAction(e -> model.verification().perfect(false));
        Button approve = new Button(Messages.get("translate.verify.approve"));
        approve.setOnAction(e -> model.verification().perfect(true));
        Button needsCorrection = new Button(Messages.get("translate.verify.needsCorrection"));
        needsCorrection.setId("editor-needs-correction");
        needsCorrection.setOnAction(e -> model.verification().needsCorrection(correctionNote.getText()));
        correctionNote.setPromptText(Messages.get("translate.verify.notePrompt"));
        HBox.setHgrow(correctionNote, Priority.ALWAYS);
        HBox verifyBar = new HBox(8, perfect, approve, needsCorrection, correctionNote);
        verifyBar.getStyleClass().add(EditorStyles.HEADER);
        verifyBar.visibleProperty().bind(editor.verifyingProperty());
        verifyBar.managedProperty().bind(verifyBar.visibleProperty());

        grid.getStyleClass().add(EditorStyles.FIELDS);
        ColumnConstraints nameColumn = new ColumnConstraints();
        ColumnConstraints half = new ColumnConstraints();
        half.setHgrow(Priority.ALWAYS);
        half.setMinWidth(120);
        half.setPrefWidth(200);
        ColumnConstraints other = new ColumnConstraints();
        other.setHgrow(Priority.ALWAYS);
        other.setMinWidth(120);
        other.setPrefWidth(200);
        grid.getColumnConstraints().addAll(nameColumn, half, other);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label message = new Label();
        message.setId("editor-message");
        message.getStyleClass().add(Styles.ERROR);
        message.setWrapText(true);
        message.textProperty().bind(editor.messageProperty());
        message.visibleProperty().bind(editor.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox.setMargin(message, new javafx.geometry.Insets(0, 12, 6, 12));

        getChildren().addAll(header, verifyBar, palette, scroll, message);
        editor.fields().addListener((ListChangeListener<FieldViewModel>) c -> showFields());
        model.glossary().byFieldProperty().addListener((o, was, now) -> {
            for (int i = 0; i < rows.size() && i < editor.fields().size(); i++) {
                rows.get(i).showTerms(now.getOrDefault(editor.fields().get(i).name(), List.of()));
            }
        });
        editor.focusedProperty().addListener((o, was, now) -> focusRow(now.intValue()));
    }

    private void showFields() {
        rows.forEach(FieldRow::unbind);
        rows.clear();
        grid.getChildren().clear();
        Item item = editor.itemProperty().get();
        if (item == null) {
            return;
        }
        String lang = editor.lang();
        String font = AppFonts.familyFor(LanguageTags.nativeName(lang));
        // the id alone, so the header never squeezes the side panes; the kind shows in the list row and here on hover
        String kind = item.kind() == ItemKind.WINOGRANDE ? Messages.get("translate.kind.winogrande")
                : Messages.get("translate.kind.mcq");
        title.setText(item.externalId());
        title.setTooltip(new javafx.scene.control.Tooltip(kind));
        title.setAccessibleText(item.externalId() + " · " + kind);
        String key = ItemEditorViewModel.answerLabel(item);
        answer.setText(key == null ? "" : key);
        answer.setAccessibleText(ItemEditorViewModel.answerAccessibleText(item));
        answer.setVisible(key != null);
        palette.show(lang);
        Label sourceHeading = new Label(LanguageTags.displayName(item.sourceLang()));
        sourceHeading.getStyleClass().add(Styles.MUTED);
        Label targetHeading = new Label(LanguageTags.displayName(lang) + " (" + lang + ")");
        targetHeading.getStyleClass().add(Styles.MUTED);
        grid.addRow(0, new Label(), sourceHeading, targetHeading);
        for (int i = 0; i < editor.fields().size(); i++) {
            FieldViewModel field = editor.fields().get(i);
            FieldRow row = new FieldRow(field, isAnswer(item, field.name()), font, LanguageTags.nativeName(lang),
                    model.glossary().byFieldProperty().get().getOrDefault(field.name(), List.of()));
            row.source.selectedProperty().addListener((o, was, now) -> {
                if (!now.isEmpty()) {
                    sourceSelected.accept(now);
                }
            });
            int index = i;
            row.target.focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    editor.focusedProperty().set(index);
                } else {
                    editor.leave(field);
                }
            });
            rows.add(row);
            grid.addRow(i + 1, row.name, row.source, row.targetBox);
            GridPane.setValignment(row.name, javafx.geometry.VPos.TOP);
            GridPane.setValignment(row.source, javafx.geometry.VPos.TOP);
        }
    }

    private static boolean isAnswer(Item item, String field) {
        String key = item.answer();
        if (key == null) {
            return false;
        }
        return item.kind() == ItemKind.WINOGRANDE ? field.equals("option" + key.strip()) : field.equals(key.strip());
    }

    private void focusRow(int index) {
        if (index >= 0 && index < rows.size()) {
            TextArea area = rows.get(index).target;
            if (!area.isFocused()) {
                // Later: the focus change may come from inside another field's key handler.
                Platform.runLater(() -> {
                    area.requestFocus();
                    area.positionCaret(area.getLength());
                });
            }
        }
    }

    /** Tells {@code listener} the source text the user selects (to add it as a glossary term). */
    void setOnSourceSelected(Consumer<String> listener) {
        sourceSelected = listener;
    }

    /** The text area of the focused field, or null. */
    TextArea focusedArea() {
        int i = editor.focusedProperty().get();
        return i >= 0 && i < rows.size() ? rows.get(i).target : null;
    }

    /** The selected source text of the focused field (for "add term"), or empty. */
    String selectedSource() {
        int i = editor.focusedProperty().get();
        return i >= 0 && i < rows.size() ? rows.get(i).source.selectedProperty().get() : "";
    }

    /** Focuses the field of {@code name} and selects {@code [start, end)} in it. */
    void select(String name, int start, int end) {
        for (int i = 0; i < rows.size(); i++) {
            if (editor.fields().get(i).name().equals(name)) {
                TextArea area = rows.get(i).target;
                area.requestFocus();
                int len = area.getLength();
                area.selectRange(Math.min(start, len), Math.min(end, len));
            }
        }
    }

    /** Inserts text at the caret of the field being edited (through the NFC formatter, undoable). */
    void insertAtCaret(String text) {
        TextArea area = focusedArea();
        if (area != null) {
            area.requestFocus();
            area.replaceSelection(text);
        }
    }
}
