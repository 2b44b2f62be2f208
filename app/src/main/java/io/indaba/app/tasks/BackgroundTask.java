package io.indaba.app.tasks;

import io.indaba.core.Progress;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * One piece of running background work as the UI sees it: a title, observable progress (-1 while the total is
 * unknown) and a cancel request that the work polls through {@link Progress#cancelled()}.
 */
public final class BackgroundTask implements Progress {

    private final String title;
    private final Executor ui;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    // Only the newest value is posted; at most one hand-over to the UI is pending, so chatty work cannot flood it.
    private final AtomicReference<Double> pending = new AtomicReference<>();

    BackgroundTask(String title, Executor ui) {
        this.title = title;
        this.ui = ui;
    }

    /** What the work is, in the user's words. */
    public String title() {
        return title;
    }

    /** Fraction done in 0..1, or -1 while unknown; changes on the UI thread. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True until the work has finished, failed or been cancelled. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Asks the work to stop; work in the core then undoes what it did and fails with {@code Cancelled}. */
    public void cancel() {
        cancelRequested.set(true);
    }

    @Override
    public boolean cancelled() {
        return cancelRequested.get();
    }

    @Override
    public void update(long done, long total) {
        double value = total > 0 ? Math.min(1.0, (double) done / total) : -1;
        if (pending.getAndSet(value) == null) {
            ui.execute(() -> progress.set(pending.getAndSet(null)));
        }
    }

    void finish() {
        running.set(false);
    }
}
