package io.indaba.app.tasks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one way the app runs long work: on a background executor, with the result or failure handed back on the
 * UI executor. Tests inject {@code Runnable::run} for both and so run everything on the calling thread.
 */
public final class Tasks {

    private final Executor background;
    private final Executor ui;
    private final ObservableList<BackgroundTask> running = FXCollections.observableArrayList();
    private final ObservableList<BackgroundTask> runningView = FXCollections.unmodifiableObservableList(running);

    public Tasks(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Background daemon threads, results on the JavaFX Application Thread. */
    public static Tasks forFx() {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "indaba-background");
            // Daemon threads: closing the window must not wait for a stuck import.
            t.setDaemon(true);
            return t;
        });
        return new Tasks(pool, Platform::runLater);
    }

    /**
     * Starts {@code job}; call from the UI thread. Exactly one of the callbacks runs later on the UI executor;
     * a cancelled job fails with the core's {@code Cancelled}.
     */
    public <T> BackgroundTask submit(String title, Job<T> job, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onFailure) {
        BackgroundTask task = new BackgroundTask(title, ui);
        running.add(task);
        CompletableFuture.supplyAsync(() -> {
            try {
                return job.run(task);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background).whenCompleteAsync((result, error) -> {
            running.remove(task);
            task.finish();
            if (error == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(unwrap(error));
            }
        }, ui);
        return task;
    }

    /** Runs {@code action} on the UI executor: the one way back for results that come in pieces. */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /** The work under way, oldest first; changes on the UI thread. */
    public ObservableList<BackgroundTask> running() {
        return runningView;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
