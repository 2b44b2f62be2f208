package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.markdown.ComplexText;
import io.indaba.app.markdown.MarkdownDocument;
import io.indaba.app.markdown.MarkdownView;
import io.indaba.core.translate.GlossaryHit;
import io.indaba.core.translate.TranslationStatus;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The nodes of one field in the item editor: its name (with the locked answer mark on the correct option), the
 * source with the Winogrande blank highlighted, and the target text area with NFC input, length in graphemes, a
 * blank-count warning and the field's status.
 */
final class FieldRow {

    final Label name;
    final SourceText source = new SourceText();
    final TextArea target = new TextArea();
    final VBox targetBox;
    private final FieldViewModel field;

    /**
     * @param targetSample text in the target language (its own name will do): sets the field's direction, and for
     *                     scripts JavaFX wraps wrongly, an unwrapped field with the text shown wrapped below it
     */
    FieldRow(FieldViewModel field, boolean answer, String targetFont, String targetSample, List<GlossaryHit> terms) {
        this.field = field;
        name = new Label(field.name());
        name.getStyleClass().add(EditorStyles.FIELD_NAME);
        name.setMinWidth(Region.USE_PREF_SIZE);
        if (answer) {
            name.setText(field.name() + " ✓");
            name.getStyleClass().add(EditorStyles.ANSWER);
            name.setAccessibleText(Messages.format("translate.answerField", field.name()));
        }
        showTerms(terms);
        target.setId("target-" + field.name());
        target.getStyleClass().add(EditorStyles.TARGET);
        boolean unwrapped = ComplexText.fit(target, targetSample);
        int length = field.source().length();
        target.setPrefRowCount(unwrapped ? 2 : length > 160 ? 5 : length > 100 ? 4 : length > 50 ? 3 : 2);
        target.setPrefColumnCount(16);
        source.setMaxHeight(Region.USE_PREF_SIZE);
        if (targetFont != null) {
            target.setStyle("-fx-font-family: '" + targetFont + "';");
        }
        target.setTextFormatter(new TextFormatter<String>(FieldRow::nfc));
        target.setText(field.targetProperty().get());
        target.textProperty().bindBidirectional(field.targetProperty());
        target.setAccessibleText(Messages.format("translate.targetAccessible", field.name()));

        Label graphemes = new Label();
        graphemes.getStyleClass().add("text-muted");
        graphemes.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("translate.graphemes", field.graphemesProperty().get()), field.graphemesProperty()));
        Label blanks = new Label();
        blanks.setId("blank-warning-" + field.name());
        blanks.getStyleClass().add(EditorStyles.WARNING);
        blanks.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("translate.blankWarning", FieldViewModel.blanks(field.targetProperty().get())),
                field.targetProperty()));
        blanks.visibleProperty().bind(field.blankWarningProperty());
        blanks.managedProperty().bind(blanks.visibleProperty());
        ComboBox<TranslationStatus> status = new ComboBox<>(FXCollections.observableArrayList(TranslationStatus.values()));
        status.setId("status-" + field.name());
        status.setFocusTraversable(false);
        status.setButtonCell(new StatusCell());
        status.setCellFactory(list -> new StatusCell());
        status.valueProperty().bindBidirectional(field.statusProperty());
        status.setAccessibleText(Messages.format("translate.statusAccessible", field.name()));
        graphemes.setMinWidth(Region.USE_PREF_SIZE);
        status.setPrefWidth(175); // "Needs adaptation" in full
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox info = new HBox(8, graphemes, blanks, grow, status);
        targetBox = new VBox(3, target, info);
        if (unwrapped) {
            MarkdownView wrapped = new MarkdownView();
            wrapped.setId("wrapped-" + field.name());
            wrapped.getStyleClass().add(EditorStyles.WRAPPED);
            wrapped.setMinWidth(0);
            wrapped.setPrefWidth(0);
            Runnable show = () -> {
                String text = field.targetProperty().get();
                boolean any = text != null && !text.isBlank();
                wrapped.setVisible(any);
                wrapped.setManaged(any);
                if (any) {
                    wrapped.setDocument(MarkdownDocument.plainText(text));
                }
            };
            show.run();
            field.targetProperty().addListener((o, was, now) -> show.run());
            targetBox.getChildren().add(1, wrapped);
        }
    }

    /** Shows the source with these glossary terms highlighted, each with its translation as a tooltip. */
    void showTerms(List<GlossaryHit> terms) {
        List<SourceText.Span> spans = new ArrayList<>();
        for (GlossaryHit hit : terms) {
            String tip = hit.term().target() + (hit.term().note() == null ? "" : "\n" + hit.term().note());
            spans.add(new SourceText.Span(hit.start(), hit.end(), EditorStyles.TERM, tip));
        }
        source.show(field.source(), spans(field, spans), null);
    }

    /** Removes the bindings to the field, so an old item's field does not follow a reused control. */
    void unbind() {
        target.textProperty().unbindBidirectional(field.targetProperty());
    }

    private static List<SourceText.Span> spans(FieldViewModel field, List<SourceText.Span> terms) {
        List<SourceText.Span> out = new ArrayList<>(terms);
        if (field.blankSentence()) {
            String text = field.source();
            for (int i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i + 1)) {
                out.add(new SourceText.Span(i, i + 1, EditorStyles.BLANK));
            }
        }
        out.sort(java.util.Comparator.comparingInt(SourceText.Span::start));
        return out;
    }

    // Composes what is typed or pasted to NFC as it arrives (e + ◌̀ → è), keeping undo per edit.
    private static TextFormatter.Change nfc(TextFormatter.Change change) {
        if (!change.isContentChange()) {
            return change;
        }
        NfcEdit edit = NfcEdit.of(change.getControlText(), change.getControlNewText(), change.getCaretPosition());
        if (edit != null) {
            change.setRange(edit.start(), edit.end());
            change.setText(edit.text());
            change.selectRange(edit.caret(), edit.caret());
        }
        return change;
    }

    /** A status with its label. */
    static final class StatusCell extends ListCell<TranslationStatus> {
        @Override
        protected void updateItem(TranslationStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(empty || status == null ? null : StatusLabels.of(status));
        }
    }
}
