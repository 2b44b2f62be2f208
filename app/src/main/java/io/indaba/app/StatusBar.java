package io.indaba.app;

import io.indaba.app.common.Messages;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.app.tasks.Tasks;
import io.indaba.app.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar along the bottom: the status line, and the newest background task with its progress and Cancel. */
final class StatusBar extends HBox {

    private final Label taskTitle = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(Messages.get("status.cancel"));
    private BackgroundTask shown;

    StatusBar(Tasks tasks, ObservableStringValue status) {
        getStyleClass().add(Styles.STATUS_BAR);
        setId("status-bar");
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(status);
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setPrefWidth(160);
        progress.setAccessibleText(Messages.get("status.progress"));
        cancel.setId("status-cancel");
        cancel.setAccessibleText(Messages.get("status.cancelTask"));
        cancel.setOnAction(e -> {
            if (shown != null) {
                shown.cancel();
                cancel.setDisable(true);
            }
        });
        getChildren().addAll(message, spacer, taskTitle, progress, cancel);
        tasks.running().addListener((ListChangeListener<BackgroundTask>) c -> show(tasks));
        show(tasks);
    }

    private void show(Tasks tasks) {
        shown = tasks.running().isEmpty() ? null : tasks.running().get(tasks.running().size() - 1);
        boolean busy = shown != null;
        for (var node : new javafx.scene.Node[] {taskTitle, progress, cancel}) {
            node.setVisible(busy);
            node.setManaged(busy);
        }
        progress.progressProperty().unbind();
        if (busy) {
            taskTitle.setText(shown.title());
            progress.progressProperty().bind(shown.progressProperty());
            cancel.setDisable(shown.cancelled());
        }
    }
}
