package io.indaba.app.project.export;

import io.indaba.app.common.Messages;
import io.indaba.app.project.DialogFit;
import io.indaba.app.project.PathField;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import io.indaba.core.base.LanguageTags;
import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import io.indaba.app.project.TaskDialogs;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File ▸ Export…: choose a format, a language and where to write, run the export with progress and Cancel. */
public final class ExportDialog {

    private static final ButtonType EXPORT = new ButtonType(Messages.get("export.run"), ButtonBar.ButtonData.OK_DONE);

    private ExportDialog() {
    }

    /** Shows the dialog; it stays open after an export so the report can be read. */
    public static void show(Window owner, Theme theme, ProjectSession session) {
        ExportViewModel model = new ExportViewModel(session);
        Dialog<ButtonType> dialog = TaskDialogs.create(owner, theme, "export-dialog", Messages.get("export.title"),
                Messages.format("export.header", session.name()));

        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(model.formats());
        format.setCellFactory(list -> new FormatCell());
        format.setButtonCell(new FormatCell());
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setAccessibleText(Messages.get("export.format"));
        format.setMaxWidth(Double.MAX_VALUE);

        ComboBox<String> language = new ComboBox<>(model.languages());
        language.setId("export-language");
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setAccessibleText(Messages.get("export.language"));

        PathField path = new PathField(model.outputProperty());
        path.setId("export-output");
        path.setAccessibleText(Messages.get("export.output"));
        Button browse = new Button(Messages.get("export.browse"));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setId("export-browse");
        browse.setOnAction(e -> choose(model, dialog.getDialogPane().getScene().getWindow()));
        HBox outputRow = new HBox(8, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);
        Label outputLabel = new Label();
        outputLabel.textProperty().bind(Bindings.when(model.writesFolder())
                .then(Messages.get("export.outputFolder")).otherwise(Messages.get("export.output")));

        Label hint = new Label();
        hint.setId("export-hint");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.textProperty().bind(model.hintProperty());
        hint.managedProperty().bind(model.hintProperty().isNotEmpty());
        // A wrapped label in a dialog otherwise keeps one line and cuts the rest off.
        hint.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        // Labels keep their full width; the fields take what is left.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.addRow(0, new Label(Messages.get("export.format")), format);
        grid.addRow(1, new Label(Messages.get("export.language")), language);
        grid.addRow(2, outputLabel, outputRow);
        grid.add(hint, 1, 3);
        GridPane.setHgrow(outputRow, Priority.ALWAYS);

        VBox content = new VBox(12, grid, new ExportOptionsPane(model), new ExportProgress(model));
        content.setPrefWidth(720);
        dialog.getDialogPane().setContent(content);

        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CLOSE);
        Node run = dialog.getDialogPane().lookupButton(EXPORT);
        run.setId("export-run");
        run.disableProperty().bind(model.ready().not());
        // Export keeps the dialog open: the report is the point of the dialog.
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            String replaces = model.replaces();
            if (replaces.isEmpty()) {
                model.start(false);
            } else if (confirmReplace(dialog.getDialogPane().getScene().getWindow(), replaces)) {
                model.start(true);
            }
        });
        dialog.setOnCloseRequest(e -> model.cancel());
        DialogFit.refitOn(dialog, model.formatProperty(), model.errorProperty(), model.hintProperty());
        // The first field has the focus, not Close: Enter then runs the dialog's action, never dismisses it.
        dialog.setOnShown(e -> Platform.runLater(format::requestFocus));
        dialog.showAndWait();
    }

    /** Asks before an export replaces files; No, Escape and closing all keep the files. */
    private static boolean confirmReplace(Window owner, String paths) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("export.confirmReplace", paths),
                ButtonType.YES, ButtonType.NO);
        ask.initOwner(owner);
        ask.setTitle(Messages.get("export.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("export-confirm-replace");
        // the safe answer is the default: Enter does not replace anyone's files by accident
        ((Button) ask.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(true);
        return ask.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    private static void choose(ExportViewModel model, Window window) {
        Path current = model.outputProperty().get();
        File picked;
        if (model.writesFolder().get()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("export.outputFolder"));
            if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            picked = chooser.showDialog(window);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("export.output"));
            if (current != null) {
                chooser.setInitialFileName(current.getFileName().toString());
                Path folder = current.getParent();
                // The suggested folder may not exist yet (it is created by the export); start above it then.
                while (folder != null && !folder.toFile().isDirectory()) {
                    folder = folder.getParent();
                }
                if (folder != null) {
                    chooser.setInitialDirectory(folder.toFile());
                }
            }
            picked = chooser.showSaveDialog(window);
        }
        if (picked != null) {
            model.chooseOutput(picked.toPath());
        }
    }

    /** Shows a format with its description. */
    private static final class FormatCell extends ListCell<ExportFormat> {
        @Override
        protected void updateItem(ExportFormat f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : f.label());
        }
    }

    /** Shows "all" in words and a language tag with its name. */
    private static final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String tag, boolean empty) {
            super.updateItem(tag, empty);
            if (empty || tag == null) {
                setText(null);
            } else if (ExportViewModel.ALL.equals(tag)) {
                setText(Messages.get("export.allLanguages"));
            } else {
                setText(tag + " — " + LanguageTags.displayName(tag));
            }
        }
    }
}
