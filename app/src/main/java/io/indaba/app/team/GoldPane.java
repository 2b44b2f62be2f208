package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.app.stats.LanguageChoice;
import io.indaba.app.theme.AppFonts;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.GoldMark;
import io.indaba.core.prefer.PromptRef;
import io.indaba.core.prefer.Winner;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.util.StringConverter;

/** The gold card: language and prompt pickers, both candidates labelled A and B, verdict buttons, the marks. */
final class GoldPane extends VBox {

    private final GoldViewModel model;

    GoldPane(GoldViewModel model) {
        super(10);
        this.model = model;
        setId("team-gold");
        ComboBox<LanguageChoice> language = new ComboBox<>(model.languages());
        language.setId("gold-language");
        language.setAccessibleText(Messages.get("team.gold.language"));
        language.valueProperty().bindBidirectional(model.languageProperty());
        ComboBox<PromptRef> prompt = new ComboBox<>(model.prompts());
        prompt.setId("gold-prompt");
        prompt.setAccessibleText(Messages.get("team.gold.prompt"));
        prompt.setPromptText(Messages.get("team.gold.prompt"));
        prompt.setConverter(new StringConverter<>() {
            @Override
            public String toString(PromptRef ref) {
                return ref == null ? "" : ref.externalId();
            }

            @Override
            public PromptRef fromString(String s) {
                return null;
            }
        });
        prompt.valueProperty().bindBidirectional(model.promptProperty());
        prompt.setMinWidth(220);
        HBox pickers = new HBox(10, new Label(Messages.get("team.gold.language")), language,
                new Label(Messages.get("team.gold.prompt")), prompt);
        pickers.setAlignment(Pos.CENTER_LEFT);
        Label promptText = text("gold-prompt-text", model.promptTextProperty());
        promptText.getStyleClass().add(Styles.MUTED);
        HBox responses = new HBox(10, response("A", "gold-a", model.candidateAProperty()),
                response("B", "gold-b", model.candidateBProperty()));
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getChildren().add(new Label(Messages.get("team.gold.expectedWinner")));
        for (Winner w : Winner.values()) {
            Button b = new Button(WinnerLabels.of(w));
            b.setId("gold-mark-" + w.code());
            b.disableProperty().bind(model.promptProperty().isNull());
            b.setOnAction(e -> model.mark(w));
            buttons.getChildren().add(b);
        }
        Label note = text("gold-note", model.noteProperty());
        note.getStyleClass().add(Styles.MUTED);
        buttons.getChildren().add(note);
        Label error = text("gold-error", model.errorProperty());
        error.getStyleClass().add(Styles.ERROR);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox pickedPrompt = new VBox(8, promptText, responses, buttons);
        pickedPrompt.visibleProperty().bind(model.promptProperty().isNotNull());
        pickedPrompt.managedProperty().bind(pickedPrompt.visibleProperty());
        getChildren().addAll(pickers, pickedPrompt, error, marksTable());
    }

    private static Label text(String id, ReadOnlyStringProperty value) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(value);
        return label;
    }

    private static VBox response(String letter, String id, ReadOnlyStringProperty value) {
        Label heading = new Label(Messages.format("team.gold.candidate", letter));
        heading.getStyleClass().add(Styles.HEADING);
        Label body = text(id, value);
        body.setMaxHeight(160);
        // candidate text is in the judged language: pick a font that has its script
        value.addListener((o, was, now) -> {
            String family = AppFonts.familyFor(now);
            body.setFont(family == null ? Font.getDefault() : Font.font(family, Font.getDefault().getSize()));
        });
        VBox box = new VBox(4, heading, body);
        box.getStyleClass().add(Styles.CARD);
        box.setMaxWidth(Double.MAX_VALUE);
        // equal small preferred widths, so the two responses share the row evenly whatever their length
        box.setPrefWidth(100);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private TableView<GoldMark> marksTable() {
        TableView<GoldMark> table = new TableView<>(model.marks());
        table.setId("gold-marks");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(30);
        table.setPlaceholder(new Label(Messages.get("team.gold.none")));
        table.prefHeightProperty().bind(Bindings.max(3, Bindings.size(model.marks())).add(1.2)
                .multiply(table.fixedCellSizeProperty()));
        table.getColumns().add(column("team.gold.item", GoldMark::externalId, 200));
        table.getColumns().add(column("team.gold.language", m -> LanguageChoice.of(m.lang()).label(), 200));
        table.getColumns().add(column("team.gold.expectedWinner", m -> m.expectedWinner() == null ? m.expectedJson()
                : WinnerLabels.ofCode(m.expectedWinner()), 160));
        TableColumn<GoldMark, GoldMark> remove = new TableColumn<>();
        remove.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        remove.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button(Messages.get("team.gold.remove"));

            @Override
            protected void updateItem(GoldMark mark, boolean empty) {
                super.updateItem(mark, empty);
                if (empty || mark == null) {
                    setGraphic(null);
                    return;
                }
                button.setAccessibleText(Messages.format("team.gold.removeAccessible", mark.externalId(), mark.lang()));
                button.setOnAction(e -> model.remove(mark));
                setGraphic(button);
            }
        });
        remove.setSortable(false);
        table.getColumns().add(remove);
        return table;
    }

    private static TableColumn<GoldMark, String> column(String key, java.util.function.Function<GoldMark, String> value,
                                                        double width) {
        TableColumn<GoldMark, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
