package io.indaba.app.stats;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Shows {@link StatsViewModel}: language selector, agreement figures, Elo leaderboard, annotator reliability. */
public final class StatsView extends ScrollPane {

    private final StatsViewModel model;
    private final FlowPane figures = new FlowPane(12, 12);
    private final EloChart chart = new EloChart();
    private final TableView<AnnotatorRow> annotators = new TableView<>();
    private final VBox page;

    public StatsView(StatsViewModel model) {
        this.model = model;
        setId("stats");
        setFitToWidth(true);
        Label title = new Label(Messages.get("stats.title"));
        title.getStyleClass().add(Styles.TITLE);
        ComboBox<LanguageChoice> language = new ComboBox<>(model.languages());
        language.setId("stats-language");
        language.setAccessibleText(Messages.get("stats.language"));
        language.valueProperty().bindBidirectional(model.languageProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.loadingProperty());
        HBox header = new HBox(14, title, language, busy);
        header.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("stats-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(model.summaryProperty());
        Label error = shownWhenSet(new Label());
        error.getStyleClass().add(Styles.ERROR);
        error.textProperty().bind(model.errorProperty());

        figures.setId("stats-agreement");
        Label agreementNote = shownWhenSet(new Label());
        agreementNote.setId("stats-agreement-note");
        agreementNote.getStyleClass().add(Styles.MUTED);
        agreementNote.setWrapText(true);
        agreementNote.textProperty().bind(model.agreementNoteProperty());
        Label disconnected = shownWhenSet(new Label());
        disconnected.setId("stats-disconnected");
        disconnected.getStyleClass().add(Styles.WARNING);
        disconnected.setWrapText(true);
        disconnected.textProperty().bind(model.disconnectedProperty());

        buildTable();
        page = new VBox(header, summary, error,
                card(Messages.get("stats.agreement"), agreementNote, figures),
                card(Messages.get("stats.models"), disconnected, chart),
                card(Messages.get("stats.annotators"), annotators));
        page.getStyleClass().add(Styles.PAGE);
        setContent(page);
        model.agreement().addListener((ListChangeListener<Figure>) c -> showFigures());
        model.models().addListener((ListChangeListener<ModelRow>) c -> chart.show(model.models()));
        annotators.setItems(model.annotators());
        // tall enough for every row plus the header: the page scrolls, the table should not scroll inside it
        annotators.prefHeightProperty().bind(Bindings.size(model.annotators()).add(1.2)
                .multiply(annotators.fixedCellSizeProperty()));
    }

    /** Adds a section below the preference figures (the cultural audit's, from its own workspace package). */
    public void addSection(String heading, Node content) {
        page.getChildren().add(card(heading, content));
    }

    private void showFigures() {
        figures.getChildren().clear();
        for (Figure figure : model.agreement()) {
            Label value = new Label(figure.text());
            value.setId("figure-" + figure.id());
            value.getStyleClass().add(Styles.FIGURE);
            Label label = new Label(figure.label());
            label.getStyleClass().add(Styles.MUTED);
            VBox box = new VBox(2, value, label);
            box.setMinWidth(150);
            box.setAccessibleText(figure.label() + ": " + figure.text());
            figures.getChildren().add(box);
        }
    }

    private void buildTable() {
        annotators.setId("stats-annotators");
        annotators.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        annotators.setFixedCellSize(28);
        annotators.setPlaceholder(new Label(Messages.get("stats.noAnnotators")));
        annotators.getColumns().add(column("stats.annotator", AnnotatorRow::annotatorId, 110));
        annotators.getColumns().add(column("stats.votes", r -> Integer.toString(r.votes()), 60));
        annotators.getColumns().add(column("stats.majority", AnnotatorRow::majorityAgreement, 125));
        annotators.getColumns().add(column("stats.intransitive", AnnotatorRow::intransitiveTriples, 120));
        annotators.getColumns().add(column("stats.repeats", AnnotatorRow::swappedRepeats, 120));
        annotators.getColumns().add(column("stats.leftPicks", AnnotatorRow::leftPicks, 160));
        annotators.getColumns().add(column("stats.longerPicks", AnnotatorRow::longerPicks, 110));
        annotators.getColumns().add(column("stats.warnings", AnnotatorRow::warningText, 220));
        annotators.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(AnnotatorRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean flagged = !empty && row != null && row.flagged();
                // rows are reused for other annotators, so the class comes off as well as on
                getStyleClass().remove(Styles.FLAGGED);
                if (flagged) {
                    getStyleClass().add(Styles.FLAGGED);
                }
                setTooltip(flagged ? new Tooltip(row.warningText()) : null);
                setId(empty || row == null ? null : "annotator-" + row.annotatorId());
            }
        });
    }

    private static TableColumn<AnnotatorRow, String> column(String key, Function<AnnotatorRow, String> value,
                                                            double width) {
        TableColumn<AnnotatorRow, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        // a narrow window scrolls the table sideways rather than cutting its headings
        column.setMinWidth(Math.min(width, 160));
        column.setSortable(false);
        return column;
    }

    private static Label shownWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static VBox card(String heading, Node... children) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.HEADING);
        VBox card = new VBox(title);
        card.getChildren().addAll(children);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }
}
