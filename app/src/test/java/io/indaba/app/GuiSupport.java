package io.indaba.app;

import io.indaba.app.tasks.Tasks;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * What every GUI test, benchmark and screenshot tool shares: starting the workbench on TestFX's stage, stopping it
 * cleanly, running work on the FX thread from another, and waiting on conditions, never for a fixed time: a
 * condition is asked again after each JavaFX pulse. All background work goes through {@link Tasks}, so "settled"
 * means no task runs and the FX thread has passed a pulse, seen several times in a row (a finished task may start
 * the next one). Only {@link #stop} and {@link #waitFor(FxRobot, String)} need TestFX: the benchmarks and screenshot
 * tools run with the app's runtime class path and use the rest.
 */
public final class GuiSupport {

    /** How long a wait for the sample project or a view to appear may take on a loaded CI machine. */
    public static final long SHOW_SECONDS = 30;
    /** How long a wait for a save, a status or a re-render may take. */
    public static final long STEP_SECONDS = 10;
    private static final int QUIET_CHECKS = 3;
    private static final int EVENT_PULSES = 3;

    private GuiSupport() {
    }

    /** Starts the workbench on {@code stage} with {@code home} as its user folder and real background threads. */
    public static Workbench start(Stage stage, Path home) {
        return Workbench.start(stage, home, Tasks.forFx());
    }

    /** Closes the stages and the open project and waits until no background work is left; call in {@code @AfterEach}. */
    public static void stop(Workbench workbench) throws Exception {
        FxToolkit.cleanupStages();
        fx(() -> {
            workbench.model().closeProject();
            return null;
        });
        waitFor(STEP_SECONDS, () -> fx(() -> workbench.model().tasks().running().isEmpty()));
    }

    /** Waits until {@code query} finds a node (30 s at most), then for the FX thread to work off what is queued. */
    public static void waitFor(FxRobot robot, String query) throws Exception {
        waitFor(SHOW_SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        fxEvents();
    }

    /**
     * Waits until {@code condition} holds, asking again after every pulse; throws {@link TimeoutException} after
     * {@code seconds}. Call from a thread other than the FX thread.
     */
    public static void waitFor(long seconds, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > end) {
                throw new TimeoutException("the condition did not hold within " + seconds + " s");
            }
            pulses(1);
        }
    }

    /**
     * Whether {@code condition} comes to hold within {@link #STEP_SECONDS}; for assertions that keep their message
     * ({@code assertTrue(eventually(...), "why")}) where the state arrives through the FX queue.
     */
    public static boolean eventually(Callable<Boolean> condition) throws Exception {
        try {
            waitFor(STEP_SECONDS, condition);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Lets the FX thread run what is queued now and lay it out: returns after a few pulses more. */
    public static void fxEvents() throws Exception {
        pulses(EVENT_PULSES);
    }

    /**
     * Waits until the workbench is idle: no background task running and a pulse passed, {@value #QUIET_CHECKS} times
     * in a row (30 s at most).
     */
    public static void settle(Workbench workbench) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SHOW_SECONDS);
        int quiet = 0;
        while (quiet < QUIET_CHECKS) {
            if (System.nanoTime() > end) {
                throw new TimeoutException("the workbench was still busy after " + SHOW_SECONDS + " s");
            }
            fxEvents();
            boolean idle = fx(() -> workbench.model().tasks().running().isEmpty());
            quiet = idle ? quiet + 1 : 0;
        }
    }

    /** Runs {@code work} on the FX thread from another thread and returns its result (60 s at most). */
    public static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Asks {@code probe} on the FX thread after every pulse until it answers non-null and returns that (120 s at most). */
    public static <T> T until(Callable<T> probe) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            T value = fx(probe);
            if (value != null) {
                return value;
            }
            pulses(1);
        }
        throw new IllegalStateException("the workbench did not get there in 120 s");
    }

    /** Returns once {@code count} JavaFX pulses have run after everything queued on the FX thread so far. */
    private static void pulses(int count) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= count) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        done.get(60, TimeUnit.SECONDS);
    }
}
