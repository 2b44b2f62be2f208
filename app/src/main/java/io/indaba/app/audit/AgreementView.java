package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The audit agreement of one language: the figures per field as a grid (every figure in full, scrolling sideways
 * where the room is narrow, as in the Statistics workspace), the label counts overall and per subject, and the note.
 */
public final class AgreementView extends VBox {

    private static final List<String> HEADINGS = List.of("audit.agreement.field", "audit.agreement.metric",
            "audit.agreement.units", "audit.agreement.observed", "audit.agreement.mostCommon", "audit.agreement.alpha",
            "audit.agreement.gwet", "audit.agreement.abstentions");
    private static final List<Function<AgreementViewModel.Row, String>> CELLS = List.of(AgreementViewModel.Row::field,
            AgreementViewModel.Row::metric, AgreementViewModel.Row::units, AgreementViewModel.Row::observed,
            AgreementViewModel.Row::mostCommon, AgreementViewModel.Row::alpha, AgreementViewModel.Row::gwet,
            AgreementViewModel.Row::abstentions);

    private final GridPane grid = new GridPane();

    public AgreementView(AgreementViewModel model) {
        super(8);
        setId("audit-agreement");
        setPadding(new Insets(10, 0, 0, 0));
        grid.setId("audit-agreement-table");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFitToHeight(true);
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        model.rows().addListener((ListChangeListener<AgreementViewModel.Row>) c -> fill(model.rows()));
        fill(model.rows());
        Label labels = new Label();
        labels.setWrapText(true);
        labels.textProperty().bind(model.labelsProperty());
        Label subjects = new Label();
        subjects.setId("audit-agreement-subjects");
        subjects.setWrapText(true);
        subjects.textProperty().bind(model.subjectsProperty());
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        note.textProperty().bind(model.noteProperty());
        getChildren().addAll(scroll, labels, subjects, note);
        model.load();
    }

    private void fill(List<AgreementViewModel.Row> rows) {
        grid.getChildren().clear();
        for (int c = 0; c < HEADINGS.size(); c++) {
            Label head = cell(Messages.get(HEADINGS.get(c)));
            head.getStyleClass().add(Styles.MUTED);
            grid.add(head, c, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < CELLS.size(); c++) {
                grid.add(cell(CELLS.get(c).apply(rows.get(r))), c, r + 1);
            }
        }
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE); // figures are never cut; the grid scrolls instead
        return l;
    }

    /** The figures shown, row by row, for tests and assistive reading. */
    int rowsShown() {
        return Math.max(0, grid.getRowCount() - 1);
    }
}
