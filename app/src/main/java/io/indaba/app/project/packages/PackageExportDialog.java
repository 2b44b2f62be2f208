package io.indaba.app.project.packages;

import io.indaba.app.common.Messages;
import io.indaba.app.project.DialogFit;
import io.indaba.app.project.PathField;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.project.TaskProgress;
import io.indaba.app.theme.Theme;
import io.indaba.core.prefer.Annotator;
import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import io.indaba.app.project.TaskDialogs;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File ▸ Export annotator package…: pick an annotator and a file, write the package, read what went in. */
public final class PackageExportDialog {

    private static final ButtonType EXPORT = new ButtonType(Messages.get("package.run"), ButtonBar.ButtonData.OK_DONE);

    private PackageExportDialog() {
    }

    /** Shows the dialog; it stays open after the export so the report can be read. */
    public static void show(Window owner, Theme theme, ProjectSession session) {
        PackageExportViewModel model = new PackageExportViewModel(session);
        Dialog<ButtonType> dialog = TaskDialogs.create(owner, theme, "package-dialog", Messages.get("package.title"),
                Messages.get("package.header"));

        ComboBox<Annotator> annotator = new ComboBox<>(model.annotators());
        annotator.setId("package-annotator");
        annotator.setCellFactory(list -> new AnnotatorCell());
        annotator.setButtonCell(new AnnotatorCell());
        annotator.valueProperty().bindBidirectional(model.annotatorProperty());
        annotator.setAccessibleText(Messages.get("package.annotator"));

        PathField path = new PathField(model.outputProperty());
        path.setId("package-output");
        path.setAccessibleText(Messages.get("package.file"));
        Button browse = new Button(Messages.get("package.browse"));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("package.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("open.filter"), "*.indaba"));
            Path current = model.outputProperty().get();
            if (current != null) {
                chooser.setInitialDirectory(current.getParent().toFile());
                chooser.setInitialFileName(current.getFileName().toString());
            }
            File picked = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) {
                model.chooseOutput(picked.toPath());
            }
        });
        HBox fileRow = new HBox(8, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);

        TextArea report = new TextArea();
        report.setId("package-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefRowCount(4);
        report.setAccessibleText(Messages.get("package.reportLabel"));
        report.textProperty().bind(model.reportProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        // Labels keep their full width; the fields take what is left.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.addRow(0, new Label(Messages.get("package.annotator")), annotator);
        grid.addRow(1, new Label(Messages.get("package.file")), fileRow);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        VBox content = new VBox(12, grid, new TaskProgress(model.taskProperty(), null, model.errorProperty()),
                new Label(Messages.get("package.reportLabel")), report);
        content.setPrefWidth(680);
        dialog.getDialogPane().setContent(content);

        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CLOSE);
        Node run = dialog.getDialogPane().lookupButton(EXPORT);
        run.setId("package-run");
        run.disableProperty().bind(model.ready().not());
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.start();
        });
        DialogFit.refitOn(dialog, model.errorProperty());
        // The first field has the focus, not Close: Enter then runs the dialog's action, never dismisses it.
        dialog.setOnShown(e -> Platform.runLater(annotator::requestFocus));
        dialog.showAndWait();
    }

    /** Shows an annotator's pseudonymous id, name and languages. */
    private static final class AnnotatorCell extends ListCell<Annotator> {
        @Override
        protected void updateItem(Annotator a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : Messages.format("package.annotatorShown", a.id(), a.displayName(),
                    String.join(", ", a.languages().keySet())));
        }
    }
}
