package io.indaba.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** What the workbench benchmarks share: running work on the FX thread from their own, and waiting for a state. */
public final class FxBench {

    private FxBench() {
    }

    /** Runs {@code work} on the FX thread and returns its result (60 s at most). */
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

    /** Asks {@code probe} on the FX thread every few milliseconds until it answers non-null (120 s at most). */
    public static <T> T until(Callable<T> probe) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            T value = fx(probe);
            if (value != null) {
                return value;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the workbench did not get there in 120 s");
    }
}
