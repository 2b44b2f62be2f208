package io.indaba.app.audit;

import io.indaba.app.Messages;
import io.indaba.app.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The audit agreement of one language: a table of the figures per field, the label counts, and the note. */
public final class AgreementView extends VBox {

    public AgreementView(AgreementViewModel model) {
        super(8);
        setId("audit-agreement");
        setPadding(new Insets(10, 0, 0, 0));
        TableView<AgreementViewModel.Row> table = new TableView<>(model.rows());
        table.setId("audit-agreement-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("audit.agreement.field", AgreementViewModel.Row::field));
        table.getColumns().add(column("audit.agreement.metric", AgreementViewModel.Row::metric));
        table.getColumns().add(column("audit.agreement.units", AgreementViewModel.Row::units));
        table.getColumns().add(column("audit.agreement.observed", AgreementViewModel.Row::observed));
        table.getColumns().add(column("audit.agreement.mostCommon", AgreementViewModel.Row::mostCommon));
        table.getColumns().add(column("audit.agreement.alpha", AgreementViewModel.Row::alpha));
        table.getColumns().add(column("audit.agreement.gwet", AgreementViewModel.Row::gwet));
        table.getColumns().add(column("audit.agreement.abstentions", AgreementViewModel.Row::abstentions));
        Label labels = new Label();
        labels.textProperty().bind(model.labelsProperty());
        Label subjects = new Label();
        subjects.setId("audit-agreement-subjects");
        subjects.setWrapText(true);
        subjects.textProperty().bind(model.subjectsProperty());
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        note.textProperty().bind(model.noteProperty());
        getChildren().addAll(table, labels, subjects, note);
        model.load();
    }

    private static TableColumn<AgreementViewModel.Row, String> column(String key,
                                                                    Function<AgreementViewModel.Row, String> value) {
        TableColumn<AgreementViewModel.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
