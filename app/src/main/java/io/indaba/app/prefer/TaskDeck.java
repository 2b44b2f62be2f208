package io.indaba.app.prefer;

import io.indaba.core.prefer.QueueEntry;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The task on screen, and the next one, built ahead and laid out unseen behind it so that submitting only swaps it
 * in. As tall as the task on screen; the one waiting is laid out at the same width but not shown.
 */
final class TaskDeck extends Pane {

    private final Region host;
    private final BackTranslators backTranslators;
    private ComparisonViewModel model;
    private TaskView shown;
    private TaskView ready;
    private boolean preparing;

    /** A deck inside {@code host}, whose width decides side by side or stacked and whose scene paces the prefetch. */
    TaskDeck(Region host, BackTranslators backTranslators) {
        this.host = host;
        this.backTranslators = backTranslators;
    }

    /** Starts over for another annotator's model: nothing shown, nothing built ahead. */
    void reset(ComparisonViewModel model) {
        this.model = model;
        shown = null;
        ready = null;
    }

    /** Shows a task: the one built ahead when it is that task, else built now; the previous task's nodes go. */
    void show(QueueEntry entry) {
        TaskView task = ready != null && ready.entry() == entry ? ready : build(entry);
        ready = null;
        task.setVisible(true);
        task.setMouseTransparent(false);
        shown = task;
        getChildren().setAll(task);
        prepareNextAfterFrame();
    }

    /** Shows nothing. */
    void clear() {
        getChildren().clear();
        shown = null;
        ready = null;
    }

    /** Follows a new view width in both tasks. */
    void arrange(double width) {
        for (TaskView task : new TaskView[] {shown, ready}) {
            if (task != null) {
                task.arrange(width);
            }
        }
    }

    /** Shows the model's ranks in the task on screen. */
    void showRanks() {
        if (shown != null) {
            shown.showRanks();
        }
    }

    /** The task built ahead of time, or null. */
    QueueEntry readyEntry() {
        return ready == null ? null : ready.entry();
    }

    /**
     * Builds the upcoming task once the frame showing the current one is out: building it before that frame would
     * delay the very swap it is meant to speed up.
     */
    void prepareNextAfterFrame() {
        Scene scene = host.getScene();
        if (preparing) {
            return;
        }
        preparing = true;
        if (scene == null) {
            Platform.runLater(this::prepareNextNow);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(this::prepareNextNow);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void prepareNextNow() {
        preparing = false;
        prepareNext();
    }

    /** Builds the upcoming task behind the current one, where it gets its styles and layout before it is needed. */
    private void prepareNext() {
        QueueEntry next = model == null ? null : model.upcomingProperty().get();
        if (shown == null || next == null || next == shown.entry() || (ready != null && ready.entry() == next)) {
            return;
        }
        if (ready != null) {
            getChildren().remove(ready);
        }
        ready = build(next);
        ready.setVisible(false);
        ready.setMouseTransparent(true);
        getChildren().add(0, ready);
    }

    private TaskView build(QueueEntry entry) {
        return new TaskView(entry, model, backTranslators.from(entry.lang()), host.getWidth());
    }

    @Override
    protected double computePrefHeight(double width) {
        return shown == null ? 0 : shown.prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        for (Node n : getManagedChildren()) {
            n.resizeRelocate(0, 0, getWidth(), n.prefHeight(getWidth()));
        }
    }
}
