package io.indaba.app.project;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File ▸ Import…: choose a file and a format, run the import with progress and Cancel, read the report. */
public final class ImportDialog {

    private static final ButtonType IMPORT = new ButtonType(Messages.get("import.run"), ButtonBar.ButtonData.OK_DONE);

    private ImportDialog() {
    }

    /** Shows the dialog; it stays open after an import so the report can be read. */
    public static void show(Window owner, Theme theme, ProjectSession session) {
        ImportViewModel model = new ImportViewModel(session);
        Dialog<ButtonType> dialog = TaskDialogs.create(owner, theme, "import-dialog", Messages.get("import.title"),
                Messages.format("import.header", session.name()));

        TextField path = new TextField();
        path.setEditable(false);
        path.setPrefColumnCount(36);
        path.setAccessibleText(Messages.get("import.file"));
        path.textProperty().bind(Bindings.createStringBinding(
                () -> model.fileProperty().get() == null ? "" : model.fileProperty().get().toString(), model.fileProperty()));
        Button browse = new Button(Messages.get("import.browse"));
        browse.setAccessibleText(Messages.get("import.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("import.title"));
            File picked = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) {
                model.fileProperty().set(picked.toPath());
            }
        });
        HBox fileRow = new HBox(8, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);

        ComboBox<String> format = new ComboBox<>();
        format.getItems().setAll(ImportViewModel.formats());
        format.setAccessibleText(Messages.get("import.format"));
        format.setCellFactory(list -> new FormatCell());
        format.setButtonCell(new FormatCell());
        format.valueProperty().bindBidirectional(model.formatProperty());
        CheckBox skip = new CheckBox(Messages.get("import.skipBadRows"));
        skip.selectedProperty().bindBidirectional(model.skipBadRowsProperty());

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText(Messages.get("status.progress"));
        Button cancel = new Button(Messages.get("status.cancel"));
        cancel.setAccessibleText(Messages.get("status.cancelTask"));
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, progress, cancel);
        HBox.setHgrow(progress, Priority.ALWAYS);
        running.visibleProperty().bind(model.taskProperty().isNotNull());
        model.taskProperty().addListener((o, was, now) -> {
            progress.progressProperty().unbind();
            if (now != null) {
                progress.progressProperty().bind(now.progressProperty());
            }
        });

        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        TextArea report = new TextArea();
        report.setEditable(false);
        report.setPrefRowCount(6);
        report.setWrapText(true);
        report.setAccessibleText(Messages.get("import.reportLabel"));
        report.textProperty().bind(model.reportProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("import.file")), fileRow);
        grid.addRow(1, new Label(Messages.get("import.format")), format);
        grid.add(skip, 1, 2);
        grid.add(running, 1, 3);
        grid.add(error, 1, 4);
        grid.addRow(5, new Label(Messages.get("import.reportLabel")), report);
        dialog.getDialogPane().setContent(grid);

        dialog.getDialogPane().getButtonTypes().setAll(IMPORT, ButtonType.CLOSE);
        Node run = dialog.getDialogPane().lookupButton(IMPORT);
        run.disableProperty().bind(model.fileProperty().isNull().or(model.taskProperty().isNotNull()));
        // Import keeps the dialog open: the report is the point of the dialog.
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.start();
        });
        dialog.setOnCloseRequest(e -> model.cancel());
        dialog.showAndWait();
    }

    /** Shows a format id with its description. */
    private static final class FormatCell extends ListCell<String> {
        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty || id == null ? null : ImportViewModel.describe(id));
        }
    }
}
