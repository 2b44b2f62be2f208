package io.indaba.app.generate;

import io.indaba.core.Progress;

/**
 * Pause and cancel for a running job. A generation job asks {@link #cancelled()} before it sends each request; while
 * paused, that question waits, so no new request goes out while those in flight finish and are stored. Resuming
 * lets it go on; cancelling answers true at once (paused or not) and the job cancels what is in flight.
 */
final class PauseGate implements Progress {

    private final Progress task;
    private final Runnable cancelTask;
    private final GenerationMonitor monitor;
    private final Runnable changed;
    private boolean paused;
    private boolean cancelled;
    private boolean holding;

    /**
     * @param task       the background task's progress, which shows the fraction done
     * @param cancelTask cancels the background task
     * @param changed    tells the UI there is something new to show
     */
    PauseGate(Progress task, Runnable cancelTask, GenerationMonitor monitor, Runnable changed) {
        this.task = task;
        this.cancelTask = cancelTask;
        this.monitor = monitor;
        this.changed = changed;
    }

    synchronized void pause() {
        if (!cancelled) {
            paused = true;
            monitor.paused(true);
        }
    }

    synchronized void resume() {
        paused = false;
        monitor.paused(false);
        notifyAll();
    }

    synchronized void cancel() {
        cancelled = true;
        paused = false;
        monitor.paused(false);
        cancelTask.run();
        notifyAll();
    }

    /** Whether the job is waiting here for a resume: paused, and nothing more will be sent. */
    synchronized boolean holding() {
        return holding;
    }

    synchronized boolean wasCancelled() {
        return cancelled;
    }

    @Override
    public void update(long done, long total) {
        monitor.progress(done, total);
        task.update(done, total);
        changed.run();
    }

    @Override
    public synchronized boolean cancelled() {
        try {
            while (paused && !cancelled && !task.cancelled()) {
                holding = true;
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        } finally {
            holding = false;
        }
        return cancelled || task.cancelled();
    }
}
