package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.theme.Styles;
import io.indaba.core.translate.GlossaryHit;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The glossary terms in the focused field's source, term → translation (clicking one, or Ctrl+Shift+N, inserts its
 * translation at the caret); adding a term from the selected source text; importing a CSV, TSV or TBX glossary.
 */
final class GlossaryPane extends ScrollPane {

    final TextField source = new TextField();
    final TextField target = new TextField();
    private final VBox terms = new VBox(6);

    GlossaryPane(GlossaryViewModel model, Supplier<String> font, Supplier<String> selectedSource, Consumer<String> insert) {
        setId("editor-glossary");
        setFitToWidth(true);
        Label heading = new Label(Messages.get("translate.glossary.heading"));
        heading.getStyleClass().add(EditorStyles.SECTION);
        model.hits().addListener((ListChangeListener<GlossaryHit>) c -> showTerms(model, font, insert));
        showTerms(model, font, insert);

        source.setId("glossary-source");
        source.setPromptText(Messages.get("translate.glossary.sourcePrompt"));
        target.setId("glossary-target");
        target.setPromptText(Messages.get("translate.glossary.targetPrompt"));
        Button add = new Button(Messages.get("translate.glossary.add"));
        add.setId("glossary-add");
        add.setOnAction(e -> {
            String term = source.getText().isBlank() ? selectedSource.get() : source.getText();
            model.add(term, target.getText(), null);
            if (!term.isBlank() && !target.getText().isBlank()) {
                source.clear();
                target.clear();
            }
        });
        target.setOnAction(add.getOnAction());
        Button importFile = new Button(Messages.get("translate.glossary.import"));
        importFile.setId("glossary-import");
        importFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Messages.get("translate.glossary.filter"), "*.csv", "*.tsv", "*.tbx", "*.xml"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.importFile(file.toPath());
            }
        });
        Label report = new Label();
        report.setId("glossary-report");
        report.getStyleClass().add(Styles.MUTED);
        report.setWrapText(true);
        report.textProperty().bind(model.reportProperty());
        Label addHeading = new Label(Messages.get("translate.glossary.addHeading"));
        addHeading.getStyleClass().add(EditorStyles.SECTION);
        VBox content = new VBox(6, heading, terms, new Separator(), addHeading, source, target,
                new HBox(8, add, importFile), report);
        content.getStyleClass().add(EditorStyles.SIDE);
        setContent(content);
    }

    private void showTerms(GlossaryViewModel model, Supplier<String> font, Consumer<String> insert) {
        terms.getChildren().clear();
        if (model.hits().isEmpty()) {
            Label none = new Label(Messages.get("translate.glossary.none"));
            none.getStyleClass().add(Styles.MUTED);
            none.setWrapText(true);
            terms.getChildren().add(none);
        }
        for (int i = 0; i < model.hits().size(); i++) {
            GlossaryHit hit = model.hits().get(i);
            String key = i < KeyMap.TERMS.size() ? KeyMap.TERMS.get(i).combination().getDisplayText() : "";
            Label head = new Label(key);
            head.getStyleClass().add(EditorStyles.SUGGESTION_HEAD);
            Label term = new Label(Messages.format("translate.glossary.term", hit.term().source(), hit.term().target()));
            term.setWrapText(true);
            String family = font.get();
            if (family != null) {
                term.setStyle("-fx-font-family: '" + family + "';");
            }
            VBox card = new VBox(2, head, term);
            if (hit.term().note() != null) {
                Label note = new Label(hit.term().note());
                note.getStyleClass().add(Styles.MUTED);
                note.setWrapText(true);
                card.getChildren().add(note);
            }
            card.getStyleClass().addAll(Styles.CARD, EditorStyles.SUGGESTION);
            card.setAccessibleText(Messages.format("translate.glossary.term", hit.term().source(), hit.term().target()));
            card.setOnMouseClicked(e -> insert.accept(hit.term().target()));
            terms.getChildren().add(card);
        }
    }
}
