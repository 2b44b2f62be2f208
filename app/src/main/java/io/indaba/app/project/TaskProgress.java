package io.indaba.app.project;

import io.indaba.app.common.Messages;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.app.theme.Styles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A dialog's running work: a progress bar with Cancel while it runs, then the one-line reason if it failed. */
public final class TaskProgress extends VBox {

    /** {@code cancel} may be null for work that cannot stop halfway; then no Cancel button is shown. */
    public TaskProgress(ReadOnlyObjectProperty<BackgroundTask> task, Runnable cancel, ReadOnlyStringProperty error) {
        super(8);
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText(Messages.get("status.progress"));
        HBox running = new HBox(8, progress);
        HBox.setHgrow(progress, Priority.ALWAYS);
        if (cancel != null) {
            Button stop = new Button(Messages.get("status.cancel"));
            stop.setAccessibleText(Messages.get("status.cancelTask"));
            stop.setOnAction(e -> cancel.run());
            running.getChildren().add(stop);
        }
        running.visibleProperty().bind(task.isNotNull());
        running.managedProperty().bind(task.isNotNull());
        task.addListener((o, was, now) -> {
            progress.progressProperty().unbind();
            if (now != null) {
                progress.progressProperty().bind(now.progressProperty());
            }
        });

        Label reason = new Label();
        reason.getStyleClass().add(Styles.ERROR);
        reason.setWrapText(true);
        // A wrapped label in a dialog otherwise keeps one line and cuts the rest off.
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.textProperty().bind(error);
        reason.visibleProperty().bind(error.isNotEmpty());
        reason.managedProperty().bind(error.isNotEmpty());
        getChildren().setAll(running, reason);
    }
}
