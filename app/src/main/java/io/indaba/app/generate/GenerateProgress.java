package io.indaba.app.generate;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A generation under way: progress bar, Pause/Resume and Cancel, the line with throughput and time left, the
 * responses streaming in, and the one-line reason when the run failed.
 */
final class GenerateProgress extends VBox {

    private final ListView<GenerationMonitor.StreamText> streams = new ListView<>();

    GenerateProgress(GenerateViewModel model) {
        super(8);
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setAccessibleText(Messages.get("status.progress"));
        model.taskProperty().addListener((o, was, now) -> {
            bar.progressProperty().unbind();
            if (now != null) {
                bar.progressProperty().bind(now.progressProperty());
            }
        });
        Button pause = new Button();
        pause.setId("generate-pause");
        pause.textProperty().bind(Bindings.when(model.pausedProperty()).then(Messages.get("generate.resume"))
                .otherwise(Messages.get("generate.pause")));
        pause.setMinWidth(Region.USE_PREF_SIZE);
        pause.setOnAction(e -> {
            if (model.pausedProperty().get()) {
                model.resume();
            } else {
                model.pause();
            }
        });
        pause.visibleProperty().bind(model.generatingProperty());
        pause.managedProperty().bind(pause.visibleProperty());
        Button cancel = new Button(Messages.get("status.cancel"));
        cancel.setId("generate-cancel");
        cancel.setAccessibleText(Messages.get("status.cancelTask"));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, bar, pause, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        running.visibleProperty().bind(model.taskProperty().isNotNull());
        running.managedProperty().bind(running.visibleProperty());

        Label stats = new Label();
        stats.setId("generate-stats");
        stats.setWrapText(true);
        stats.setMinHeight(Region.USE_PREF_SIZE);
        stats.textProperty().bind(model.statsProperty());
        stats.visibleProperty().bind(model.statsProperty().isNotEmpty());
        stats.managedProperty().bind(stats.visibleProperty());

        streams.setItems(model.streams());
        streams.setId("generate-streams");
        streams.setAccessibleText(Messages.get("generate.streams"));
        streams.setPrefHeight(170);
        streams.setMinHeight(120);
        streams.setFocusTraversable(true);
        streams.setCellFactory(list -> new StreamCell());
        streams.visibleProperty().bind(Bindings.isNotEmpty(model.streams()));
        streams.managedProperty().bind(streams.visibleProperty());

        Label reason = new Label();
        reason.setId("generate-error");
        reason.getStyleClass().add(Styles.ERROR);
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.textProperty().bind(model.errorProperty());
        reason.visibleProperty().bind(model.errorProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());
        getChildren().setAll(running, stats, streams, reason);
    }

    /** Changes when the streamed responses appear or go, so the dialog can grow to show them. */
    Observable shape() {
        return streams.visibleProperty();
    }

    /** One response: model and prompt on the first line, then its text as it streams. */
    private static final class StreamCell extends ListCell<GenerationMonitor.StreamText> {
        StreamCell() {
            setWrapText(true);
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(GenerationMonitor.StreamText s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                return;
            }
            String head = Messages.format(s.ended() ? "generate.streamDone" : "generate.streamLive", s.model(),
                    s.prompt());
            setText(head + "\n" + s.text());
        }
    }
}
