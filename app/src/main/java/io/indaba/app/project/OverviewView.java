package io.indaba.app.project;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.AppFonts;
import io.indaba.app.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shows {@link OverviewViewModel}: the project's name and file, item counts by kind, progress per language. */
public final class OverviewView extends ScrollPane {

    private final OverviewViewModel model;
    private final FlowPane kinds = new FlowPane(12, 12);
    private final GridPane languages = new GridPane();

    public OverviewView(OverviewViewModel model) {
        this.model = model;
        setId("overview");
        setFitToWidth(true);
        Label name = new Label();
        name.setId("overview-name");
        name.getStyleClass().add(Styles.TITLE);
        name.textProperty().bind(model.nameProperty());
        Label file = new Label();
        file.setId("overview-file");
        file.getStyleClass().add(Styles.MUTED);
        file.textProperty().bind(model.fileProperty());
        Label source = new Label();
        source.setId("overview-source");
        source.textProperty().bind(Bindings.concat(Messages.get("overview.source"), " ", model.sourceProperty()));
        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label itemsHeading = heading(Messages.get("overview.items"));
        itemsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("overview.itemsTotal", model.itemsProperty().get()), model.itemsProperty()));
        kinds.setId("overview-kinds");
        VBox itemsCard = card(itemsHeading, kinds);

        languages.setId("overview-languages");
        languages.setHgap(16);
        languages.setVgap(10);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(160);
        languages.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), grow,
                new ColumnConstraints());
        VBox languagesCard = card(heading(Messages.get("overview.languages")), languages);

        VBox page = new VBox(name, file, source, error, itemsCard, languagesCard);
        page.getStyleClass().add(Styles.PAGE);
        setContent(page);
        model.kinds().addListener((ListChangeListener<OverviewViewModel.KindCount>) c -> showKinds());
        model.languages().addListener((ListChangeListener<OverviewViewModel.LanguageProgress>) c -> showLanguages());
    }

    private void showKinds() {
        kinds.getChildren().clear();
        for (OverviewViewModel.KindCount kind : model.kinds()) {
            Label count = new Label(Long.toString(kind.count()));
            count.getStyleClass().add(Styles.FIGURE);
            count.setId("kind-count-" + kind.kind());
            Label label = new Label(kind.label());
            label.getStyleClass().add(Styles.MUTED);
            VBox box = new VBox(2, count, label);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(130);
            box.setAccessibleText(kind.label() + ": " + kind.count());
            kinds.getChildren().add(box);
        }
    }

    private void showLanguages() {
        languages.getChildren().clear();
        int row = 0;
        for (OverviewViewModel.LanguageProgress lang : model.languages()) {
            Label tag = new Label(lang.tag());
            tag.getStyleClass().add(Styles.TAG);
            Label names = new Label(lang.displayName());
            Label nativeName = new Label(lang.nativeName());
            String family = AppFonts.familyFor(lang.nativeName());
            if (family != null) {
                // Set explicitly: not every platform's font fallback looks at fonts the app registered.
                nativeName.setStyle("-fx-font-family: '" + family + "';");
            }
            nativeName.getStyleClass().add(Styles.MUTED);
            VBox nameBox = new VBox(1, names);
            if (!lang.nativeName().equals(lang.displayName())) {
                nameBox.getChildren().add(nativeName);
            }
            ProgressBar bar = new ProgressBar(lang.fraction());
            bar.setId("progress-" + lang.tag());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setVisible(lang.target());
            bar.setAccessibleText(Messages.format("overview.progressAccessible", lang.displayName(), lang.finished(),
                    lang.total()));
            Label counts = new Label(lang.target()
                    ? Messages.format("overview.counts", lang.finished(), lang.total(), lang.candidates(), lang.judgements())
                    : Messages.format("overview.countsNoTarget", lang.candidates(), lang.judgements()));
            counts.setId("counts-" + lang.tag());
            GridPane.setHalignment(counts, HPos.LEFT);
            languages.addRow(row++, tag, nameBox, bar, counts);
        }
        if (model.languages().isEmpty()) {
            languages.add(new Label(Messages.get("overview.noLanguages")), 0, 0, 4, 1);
        }
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.HEADING);
        return heading;
    }

    private static VBox card(javafx.scene.Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }
}
