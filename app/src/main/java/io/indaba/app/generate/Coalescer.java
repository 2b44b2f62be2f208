package io.indaba.app.generate;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Turns a flood of signals from network threads (one per streamed token) into at most one publication per
 * interval: the first signal after a quiet spell publishes at once, later ones are folded into one publication when
 * the interval has passed, so the newest state always shows and the UI thread is never queued more than once.
 */
public final class Coalescer {

    /** Runs a task after a delay; production posts to the FX thread, tests step a fake clock. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, long delayNanos);

        /** {@code task} after the delay on {@code timer}, then handed to {@code ui}. */
        static Scheduler on(ScheduledExecutorService timer, Executor ui) {
            return (task, delay) -> {
                if (delay <= 0) {
                    ui.execute(task);
                } else {
                    timer.schedule(() -> ui.execute(task), delay, TimeUnit.NANOSECONDS);
                }
            };
        }
    }

    private final long intervalNanos;
    private final LongSupplier clock;
    private final Scheduler scheduler;
    private final Runnable publish;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long last;
    private volatile boolean published;

    /**
     * @param intervalNanos the least time between two publications (100 ms: at most 10 updates a second)
     * @param clock         nanoseconds, e.g. {@code System::nanoTime}
     * @param publish       reads the newest state; runs where the scheduler runs it
     */
    public Coalescer(long intervalNanos, LongSupplier clock, Scheduler scheduler, Runnable publish) {
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.scheduler = scheduler;
        this.publish = publish;
    }

    /** Something changed; call from any thread, as often as it happens. */
    public void signal() {
        if (!pending.compareAndSet(false, true)) {
            return; // a publication is already on its way and will read the newest state
        }
        long wait = published ? Math.max(0, last + intervalNanos - clock.getAsLong()) : 0;
        scheduler.schedule(this::fire, wait);
    }

    private void fire() {
        last = clock.getAsLong();
        published = true;
        pending.set(false); // before reading the state, so a change during publish schedules the next one
        publish.run();
    }
}
