package io.indaba.app.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Cancelled;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TasksTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Tasks tasks = new Tasks(background::add, Runnable::run);

    @Test
    void handsTheResultBackAndForgetsTheTask() {
        AtomicReference<String> result = new AtomicReference<>();
        BackgroundTask task = tasks.submit("work", progress -> "done", result::set, e -> { throw new AssertionError(e); });
        assertEquals(List.of(task), tasks.running());
        assertTrue(task.runningProperty().get());
        background.remove().run();
        assertEquals("done", result.get());
        assertTrue(tasks.running().isEmpty());
        assertFalse(task.runningProperty().get());
    }

    @Test
    void unwrapsCheckedFailures() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        tasks.submit("work", progress -> {
            throw new IOException("disk gone");
        }, r -> { throw new AssertionError("no result expected"); }, failure::set);
        background.remove().run();
        assertInstanceOf(IOException.class, failure.get());
        assertEquals("disk gone", failure.get().getMessage());
    }

    @Test
    void cancelIsSeenByWorkThatPolls() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        BackgroundTask task = tasks.submit("long", progress -> {
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            return 1;
        }, r -> { throw new AssertionError("cancelled work has no result"); }, failure::set);
        task.cancel();
        background.remove().run();
        assertInstanceOf(Cancelled.class, failure.get());
        assertTrue(tasks.running().isEmpty());
    }

    @Test
    void progressReachesTheUiAsAFractionAndUnknownAsMinusOne() {
        List<Runnable> ui = new ArrayList<>();
        Tasks deferred = new Tasks(background::add, ui::add);
        BackgroundTask task = deferred.submit("count", progress -> {
            progress.update(1, 4);
            progress.update(3, 4);
            return null;
        }, r -> { }, e -> { });
        background.remove().run();
        // Two updates before the UI ran: only one hand-over, carrying the newest value.
        assertEquals(2, ui.size(), "one progress hand-over plus the completion");
        ui.forEach(Runnable::run);
        assertEquals(0.75, task.progressProperty().get(), 1e-9);
        ui.clear();
        task.update(5, -1);
        ui.forEach(Runnable::run);
        assertEquals(-1, task.progressProperty().get());
    }
}
