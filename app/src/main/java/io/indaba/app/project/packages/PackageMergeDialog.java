package io.indaba.app.project.packages;

import io.indaba.app.common.Messages;
import io.indaba.app.project.DialogFit;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.project.TaskProgress;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import io.indaba.core.packages.MergeReport;
import java.io.File;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import io.indaba.app.project.TaskDialogs;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File ▸ Merge returned package…: choose the returned file, merge it, read the counts and every conflict. */
public final class PackageMergeDialog {

    private static final ButtonType MERGE = new ButtonType(Messages.get("merge.run"), ButtonBar.ButtonData.OK_DONE);

    private PackageMergeDialog() {
    }

    /** Shows the dialog; it stays open after the merge so the report can be read. */
    public static void show(Window owner, Theme theme, ProjectSession session) {
        PackageMergeViewModel model = new PackageMergeViewModel(session);
        Dialog<ButtonType> dialog = TaskDialogs.create(owner, theme, "merge-dialog", Messages.get("merge.title"),
                Messages.format("merge.header", session.name()));

        // Editable, so a path can be pasted from the mail the package came with.
        TextField path = new TextField();
        path.setId("merge-file");
        path.setPrefColumnCount(40);
        path.setPromptText(Messages.get("merge.filePrompt"));
        path.setAccessibleText(Messages.get("merge.file"));
        path.textProperty().addListener((o, was, now) -> model.fileProperty().set(PathText.parse(now)));
        model.fileProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(PathText.parse(path.getText()))) {
                path.setText(now.toString());
            }
        });
        Button browse = new Button(Messages.get("merge.browse"));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("merge.title"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.get("open.filter"), "*.indaba"),
                    new FileChooser.ExtensionFilter(Messages.get("open.filterAll"), "*"));
            chooser.setInitialDirectory(session.file().toAbsolutePath().getParent().toFile());
            File picked = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) {
                model.fileProperty().set(picked.toPath());
            }
        });
        Label fileLabel = new Label(Messages.get("merge.file"));
        fileLabel.setLabelFor(path);
        fileLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox fileRow = new HBox(8, fileLabel, path, browse);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(path, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("merge-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        // A wrapped label in a dialog otherwise keeps one line and cuts the rest off.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.managedProperty().bind(model.summaryProperty().isNotEmpty());

        Label conflictsHeading = new Label(Messages.get("merge.conflicts"));
        conflictsHeading.getStyleClass().add(Styles.HEADING);
        ListView<MergeReport.Conflict> conflicts = new ListView<>(model.conflicts());
        conflicts.setId("merge-conflicts");
        conflicts.setAccessibleText(Messages.get("merge.conflicts"));
        conflicts.setCellFactory(list -> new ConflictCell());
        conflicts.setPrefHeight(200);
        conflictsHeading.setLabelFor(conflicts);
        for (Node shownWithConflicts : new Node[] {conflictsHeading, conflicts}) {
            shownWithConflicts.visibleProperty().bind(Bindings.isNotEmpty(model.conflicts()));
            shownWithConflicts.managedProperty().bind(Bindings.isNotEmpty(model.conflicts()));
        }

        VBox content = new VBox(12, fileRow, new TaskProgress(model.taskProperty(), null, model.errorProperty()),
                summary, conflictsHeading, conflicts);
        VBox.setVgrow(conflicts, Priority.ALWAYS);
        content.setPrefWidth(720);
        dialog.getDialogPane().setContent(content);

        dialog.getDialogPane().getButtonTypes().setAll(MERGE, ButtonType.CLOSE);
        Node run = dialog.getDialogPane().lookupButton(MERGE);
        run.setId("merge-run");
        run.disableProperty().bind(model.ready().not());
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.start();
        });
        DialogFit.refitOn(dialog, model.conflicts(), model.errorProperty(), model.summaryProperty());
        // The first field has the focus, not Close: Enter then runs the dialog's action, never dismisses it.
        dialog.setOnShown(e -> Platform.runLater(path::requestFocus));
        dialog.showAndWait();
    }

    /** One refused judgement: its uid, then why (the fields that differ), wrapped. */
    private static final class ConflictCell extends ListCell<MergeReport.Conflict> {
        @Override
        protected void updateItem(MergeReport.Conflict c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label uid = new Label(c.uid());
            uid.getStyleClass().add(Styles.HEADING);
            Label reason = new Label(c.reason());
            reason.setWrapText(true);
            VBox box = new VBox(2, uid, reason);
            box.setMaxWidth(getListView() == null ? 600 : getListView().getWidth() - 24);
            setGraphic(box);
            setText(null);
        }
    }
}
