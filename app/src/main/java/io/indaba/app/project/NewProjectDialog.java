package io.indaba.app.project;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** File ▸ New project…: name, languages (named as you type) and folder; Create stays off until the form is valid. */
public final class NewProjectDialog extends Dialog<NewProjectViewModel.Request> {

    /** The Create button's type, so tests and callers can find it. */
    public static final ButtonType CREATE = new ButtonType(Messages.get("newProject.create"), ButtonBar.ButtonData.OK_DONE);

    private final NewProjectViewModel model;

    public NewProjectDialog(Window owner, Theme theme, Path defaultFolder) {
        model = new NewProjectViewModel(defaultFolder);
        initOwner(owner);
        setTitle(Messages.get("newProject.title"));
        setHeaderText(Messages.get("newProject.header"));
        getDialogPane().setId("new-project-dialog");
        getDialogPane().getStylesheets().setAll(theme.stylesheets());

        TextField name = field("new-name", "newProject.name", model.nameProperty().get());
        model.nameProperty().bind(name.textProperty());
        TextField source = field("new-source", "newProject.source", model.sourceProperty().get());
        model.sourceProperty().bind(source.textProperty());
        TextField targets = field("new-targets", "newProject.targets", "");
        targets.setPromptText(Messages.get("newProject.targetsPrompt"));
        model.targetsProperty().bind(targets.textProperty());
        TextField folder = field("new-folder", "newProject.folder", model.folderProperty().get());
        model.folderProperty().bind(folder.textProperty());
        Button choose = new Button(Messages.get("newProject.chooseFolder"));
        choose.setAccessibleText(Messages.get("newProject.chooseFolder"));
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File current = new File(folder.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File picked = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (picked != null) {
                folder.setText(picked.getPath());
            }
        });
        HBox folderRow = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(420));
        int row = 0;
        grid.addRow(row++, label("newProject.name", name), name);
        grid.addRow(row++, label("newProject.source", source), source);
        grid.add(hint("new-source-hint", model.sourceHintProperty()), 1, row++);
        grid.addRow(row++, label("newProject.targets", targets), targets);
        grid.add(hint("new-targets-hint", model.targetsHintProperty()), 1, row++);
        grid.addRow(row++, label("newProject.folder", folder), folderRow);
        Label file = new Label();
        file.setId("new-file");
        file.getStyleClass().add(Styles.MUTED);
        file.textProperty().bind(model.fileTextProperty());
        grid.add(file, 1, row++);
        Label error = new Label();
        error.setId("new-error");
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        error.setMaxWidth(420);
        // A wrapped label in a grid row only gets its second line when its minimum height follows its text.
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        grid.add(error, 1, row);
        getDialogPane().setContent(grid);

        getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        Node create = getDialogPane().lookupButton(CREATE);
        create.setId("new-create");
        create.disableProperty().bind(model.validProperty().not());
        setResultConverter(button -> button == CREATE ? model.request().orElse(null) : null);
        Platform.runLater(name::requestFocus);
    }

    /** Shows the dialog and returns the request when the user pressed Create. */
    public static Optional<NewProjectViewModel.Request> show(Window owner, Theme theme, Path defaultFolder) {
        return new NewProjectDialog(owner, theme, defaultFolder).showAndWait();
    }

    /** The form's state, for tests. */
    public NewProjectViewModel model() {
        return model;
    }

    private static TextField field(String id, String key, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setAccessibleText(Messages.get(key));
        return field;
    }

    private static Label label(String key, Node target) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(target);
        return label;
    }

    private static Label hint(String id, ObservableStringValue text) {
        Label hint = new Label();
        hint.setId(id);
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(text);
        return hint;
    }
}
