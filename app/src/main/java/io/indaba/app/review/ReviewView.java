package io.indaba.app.review;

import io.indaba.app.common.Messages;
import io.indaba.app.markdown.ComplexText;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.markdown.MarkdownView;
import io.indaba.app.stats.LanguageChoice;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Winner;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shows {@link ReviewViewModel}: the pairs with disagreement on the left; on the right the prompt, both candidates,
 * the judgements side by side and the adjudication form, driven by the keys of {@link KeyMap}.
 */
public final class ReviewView extends BorderPane {

    private final ReviewViewModel model;
    private final ToggleGroup winners = new ToggleGroup();
    private final ToggleGroup strengths = new ToggleGroup();

    public ReviewView(ReviewViewModel model) {
        this.model = model;
        setId("review");
        getStyleClass().add(Styles.PAGE);
        Label title = new Label(Messages.get("review.title"));
        title.getStyleClass().add(Styles.TITLE);
        ComboBox<LanguageChoice> language = new ComboBox<>(model.languages());
        language.setId("review-language");
        language.setAccessibleText(Messages.get("review.language"));
        language.valueProperty().bindBidirectional(model.languageProperty());
        Label count = new Label();
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format("review.count", model.disagreements().size()), model.disagreements()));
        HBox header = new HBox(14, title, language, count);
        header.setAlignment(Pos.CENTER_LEFT);
        setTop(header);

        ListView<DisagreementRow> list = new ListView<>(model.disagreements());
        list.setId("review-list");
        list.setAccessibleText(Messages.get("review.list"));
        list.setPlaceholder(new Label(Messages.get("review.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));
        list.setMinWidth(260);

        ScrollPane detail = new ScrollPane(detail());
        detail.setFitToWidth(true);
        // Until a pair is chosen the detail would be empty cards: say what goes there, or that nothing does.
        Label empty = new Label();
        empty.setId("review-empty");
        empty.getStyleClass().add(Styles.MUTED);
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.textProperty().bind(model.emptyNoteProperty());
        empty.visibleProperty().bind(model.selectedProperty().isNull());
        detail.visibleProperty().bind(model.selectedProperty().isNotNull());
        SplitPane split = new SplitPane(list, new javafx.scene.layout.StackPane(detail, empty));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(list, false);
        BorderPane.setMargin(split, new javafx.geometry.Insets(14, 0, 0, 0));
        setCenter(split);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private VBox detail() {
        MarkdownView prompt = markdown(model.promptProperty());
        prompt.setId("review-prompt");
        VBox a = candidate("review-a", model.candidateALabelProperty(), model.candidateAProperty());
        VBox b = candidate("review-b", model.candidateBLabelProperty(), model.candidateBProperty());
        HBox candidates = new HBox(12, a, b);
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        a.setPrefWidth(0);
        b.setPrefWidth(0);

        Label standing = new Label();
        standing.setId("review-standing");
        standing.getStyleClass().add(Styles.MUTED);
        standing.textProperty().bind(model.standingProperty());
        standing.setWrapText(true);
        VBox detail = new VBox(14, card(Messages.get("review.prompt"), prompt), candidates,
                card(Messages.get("review.judgements"), judgements(), standing), form());
        detail.setPadding(new javafx.geometry.Insets(0, 4, 0, 12));
        return detail;
    }

    private TableView<JudgementRow> judgements() {
        TableView<JudgementRow> table = new TableView<>(model.judgements());
        table.setId("review-judgements");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(model.judgements()).add(1.2)
                .multiply(table.fixedCellSizeProperty()));
        table.getColumns().add(column("review.annotator", JudgementRow::annotatorId, 120));
        table.getColumns().add(column("review.verdict", JudgementRow::verdict, 130));
        table.getColumns().add(column("review.flags", JudgementRow::flags, 110));
        table.getColumns().add(column("review.aids", JudgementRow::aids, 110));
        table.getColumns().add(column("review.time", JudgementRow::time, 70));
        table.getColumns().add(column("review.rationale", JudgementRow::rationale, 240));
        return table;
    }

    private VBox form() {
        HBox winnerButtons = new HBox(6);
        for (Winner w : Winner.values()) {
            KeyMap key = switch (w) {
                case A -> KeyMap.REVIEW_A;
                case B -> KeyMap.REVIEW_B;
                case TIE -> KeyMap.REVIEW_TIE;
                case BOTH_BAD -> KeyMap.REVIEW_BOTH_BAD;
            };
            ToggleButton button = new ToggleButton(ReviewText.winnerName(w));
            button.setUserData(w);
            button.setId("winner-" + w.code());
            button.setToggleGroup(winners);
            button.setTooltip(new Tooltip(key.combination().getDisplayText()));
            winnerButtons.getChildren().add(button);
        }
        winners.selectedToggleProperty().addListener((o, was, now) ->
                model.winnerProperty().set(now == null ? null : (Winner) now.getUserData()));
        model.winnerProperty().addListener((o, was, now) -> selectWinner(now));

        HBox strengthButtons = new HBox(6, new Label(Messages.get("review.strength")));
        strengthButtons.setAlignment(Pos.CENTER_LEFT);
        for (int s = 1; s <= 3; s++) {
            ToggleButton button = new ToggleButton(Integer.toString(s));
            button.setUserData(s);
            button.setId("strength-" + s);
            button.setToggleGroup(strengths);
            strengthButtons.getChildren().add(button);
        }
        strengths.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                selectStrength(model.strengthProperty().get()); // a strength is always chosen
            } else {
                model.setStrength((Integer) now.getUserData());
            }
        });
        model.strengthProperty().addListener((o, was, now) -> selectStrength(now.intValue()));
        selectStrength(model.strengthProperty().get());
        strengthButtons.disableProperty().bind(model.winnerProperty().isEqualTo(Winner.TIE)
                .or(model.winnerProperty().isEqualTo(Winner.BOTH_BAD)).or(model.loadedProperty().not()));

        TextArea rationale = new TextArea();
        rationale.setId("review-rationale");
        rationale.setPromptText(Messages.get("review.rationalePrompt"));
        rationale.setPrefRowCount(3);
        rationale.textProperty().bindBidirectional(model.rationaleProperty());
        ComplexText.follow(rationale);
        Button save = new Button(Messages.get("review.save"));
        save.setId("review-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip(KeyMap.REVIEW_SAVE.combination().getDisplayText()));
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("review-message");
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(12, save, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("review.keysHint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        // nothing to decide until a pair is on screen: the form must not look ready before that
        winnerButtons.disableProperty().bind(model.loadedProperty().not());
        rationale.disableProperty().bind(model.loadedProperty().not());
        return card(Messages.get("review.adjudicate"), winnerButtons, strengthButtons, rationale, actions, hint);
    }

    private void shortcut(KeyEvent event) {
        Runnable action = null;
        for (KeyMap key : KeyMap.values()) {
            // Other workspaces may bind the same keys (the editor's Alt+digit palette): only review keys count.
            boolean moves = key == KeyMap.REVIEW_NEXT || key == KeyMap.REVIEW_PREVIOUS;
            if (key.scope() == KeyMap.Scope.REVIEW && key.combination().match(event)
                    && (moves || model.loadedProperty().get())) {
                action = switch (key) {
                    case REVIEW_A -> () -> model.winnerProperty().set(Winner.A);
                    case REVIEW_B -> () -> model.winnerProperty().set(Winner.B);
                    case REVIEW_TIE -> () -> model.winnerProperty().set(Winner.TIE);
                    case REVIEW_BOTH_BAD -> () -> model.winnerProperty().set(Winner.BOTH_BAD);
                    case REVIEW_STRENGTH_1 -> () -> model.setStrength(1);
                    case REVIEW_STRENGTH_2 -> () -> model.setStrength(2);
                    case REVIEW_STRENGTH_3 -> () -> model.setStrength(3);
                    case REVIEW_SAVE -> model::save;
                    case REVIEW_NEXT -> model::next;
                    case REVIEW_PREVIOUS -> model::previous;
                    default -> null;
                };
            }
        }
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    private void selectWinner(Winner winner) {
        winners.getToggles().stream().filter(t -> t.getUserData() == winner).findFirst()
                .ifPresentOrElse(winners::selectToggle, () -> winners.selectToggle(null));
    }

    private void selectStrength(int strength) {
        strengths.getToggles().stream().filter(t -> Integer.valueOf(strength).equals(t.getUserData())).findFirst()
                .ifPresent(strengths::selectToggle);
    }

    private static MarkdownView markdown(ObservableStringValue text) {
        MarkdownView view = new MarkdownView();
        view.setMarkdown(text.get());
        text.addListener((o, was, now) -> view.setMarkdown(now));
        return view;
    }

    private static VBox candidate(String id, ObservableStringValue label, ObservableStringValue text) {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.HEADING);
        heading.textProperty().bind(label);
        heading.setId(id + "-label");
        MarkdownView body = markdown(text);
        body.setId(id);
        VBox box = new VBox(8, heading, body);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static VBox card(String heading, Node... children) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.HEADING);
        VBox card = new VBox(10, title);
        card.getChildren().addAll(children);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }
}
