package io.indaba.app;

import io.indaba.app.tasks.Tasks;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every GUI test, benchmark and screenshot tool shares: starting the workbench on TestFX's stage, stopping it
 * cleanly, running work on the FX thread from another, and waiting on conditions, never for a fixed time. All background work goes through {@link Tasks}, so "settled" means the
 * FX queue is drained and no task runs, seen several times in a row (a finished task may start the next one).
 */
public final class GuiSupport {

    /** How long a wait for the sample project or a view to appear may take on a loaded CI machine. */
    public static final long SHOW_SECONDS = 30;
    /** How long a wait for a save, a status or a re-render may take. */
    public static final long STEP_SECONDS = 10;
    private static final int QUIET_CHECKS = 3;

    private GuiSupport() {
    }

    /** Starts the workbench on {@code stage} with {@code home} as its user folder and real background threads. */
    public static Workbench start(Stage stage, Path home) {
        return Workbench.start(stage, home, Tasks.forFx());
    }

    /** Closes the stages and the open project and waits until no background work is left; call in {@code @AfterEach}. */
    public static void stop(Workbench workbench) throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> workbench.model().closeProject()).get(STEP_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(STEP_SECONDS, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
    }

    /** Waits until {@code query} finds a node (30 s at most), then for pending FX events. */
    public static void waitFor(FxRobot robot, String query) throws Exception {
        waitFor(SHOW_SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code condition} holds; throws {@link TimeoutException} after {@code seconds}. */
    public static void waitFor(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    /**
     * Whether {@code condition} comes to hold within {@link #STEP_SECONDS}; for assertions that keep their message
     * ({@code assertTrue(eventually(...), "why")}) where the state arrives through the FX queue.
     */
    public static boolean eventually(Callable<Boolean> condition) {
        try {
            waitFor(STEP_SECONDS, condition);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /**
     * Waits until the workbench is idle: the FX queue drained and no background task running, {@value #QUIET_CHECKS}
     * times in a row (30 s at most).
     */
    public static void settle(Workbench workbench) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SHOW_SECONDS);
        int quiet = 0;
        while (quiet < QUIET_CHECKS) {
            if (System.nanoTime() > end) {
                throw new TimeoutException("the workbench was still busy after " + SHOW_SECONDS + " s");
            }
            WaitForAsyncUtils.waitForFxEvents();
            boolean idle = WaitForAsyncUtils.asyncFx(() -> workbench.model().tasks().running().isEmpty())
                    .get(STEP_SECONDS, TimeUnit.SECONDS);
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

    /** Asks {@code probe} on the FX thread until it answers non-null and returns that (120 s at most). */
    public static <T> T until(Callable<T> probe) throws Exception {
        AtomicReference<T> found = new AtomicReference<>();
        try {
            waitFor(120, () -> {
                found.set(fx(probe));
                return found.get() != null;
            });
        } catch (TimeoutException e) {
            throw new IllegalStateException("the workbench did not get there in 120 s", e);
        }
        return found.get();
    }
}
