package io.indaba.app.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.backends.BackendServices;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pause, resume and cancel of a real job against a mock server, one request at a time: the job runs on a background
 * thread and the model lives on a single "UI" thread, as in the app, without JavaFX.
 */
class GeneratePauseTest {

    @TempDir
    Path dir;

    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newCachedThreadPool();
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger chats = new AtomicInteger();
    private final CountDownLatch firstArrived = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private ProjectSession session;
    private Project project;
    private GenerateViewModel model;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                if (!r.getUrl().encodedPath().endsWith("/chat/completions")) {
                    return new MockResponse.Builder().body("{\"data\":[{\"id\":\"m1\",\"owned_by\":\"vllm\"}]}").build();
                }
                if (chats.incrementAndGet() == 1) {
                    firstArrived.countDown();
                    releaseFirst.await(30, TimeUnit.SECONDS); // the first response is held until the job is paused
                }
                return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                        .body(GenerateViewModelTest.Server.stream(3)).build();
            }
        });
        server.start();
        project = GenerateViewModelTest.prompts(dir.resolve("pause.indaba"), 3);
        session = new ProjectSession(project, "P", new Tasks(background, ui));
        model = onUi(() -> new GenerateViewModel(session, BackendServices.builtIn()));
        onUi(() -> {
            model.endpointProperty().set(server.url("/").toString());
            model.chosen().setAll("m1");
            model.candidatesProperty().set(1);
            model.concurrencyProperty().set(1);
            model.start();
            return null;
        });
        assertTrue(firstArrived.await(30, TimeUnit.SECONDS), "the job sent its first request");
    }

    @AfterEach
    void stop() throws Exception {
        releaseFirst.countDown();
        onUi(() -> {
            model.cancel();
            return null;
        });
        until(() -> onUi(() -> model.taskProperty().get() == null));
        session.close();
        server.close();
        ui.shutdown();
        background.shutdown();
    }

    @Test
    void pausedSendsNothingNewWhileTheResponseUnderWayIsStoredThenResumeFinishes() throws Exception {
        // the job says how many it will ask for before the first answer, so the total shows at once
        until(() -> onUi(() -> model.statsProperty().get().startsWith("0 of 3 responses")));
        onUi(() -> {
            model.pause();
            return null;
        });
        releaseFirst.countDown();
        until(() -> onUi(model::holding));
        assertEquals(1, chats.get(), "nothing sent while paused");
        assertTrue(onUi(() -> model.pausedProperty().get()));
        until(() -> onUi(() -> model.statsProperty().get().startsWith("1 of 3 responses")));
        assertTrue(onUi(() -> model.statsProperty().get().contains("paused")), onUi(() -> model.statsProperty().get()));

        onUi(() -> {
            model.resume();
            return null;
        });
        until(() -> onUi(() -> model.taskProperty().get() == null));
        String summary = onUi(() -> model.summaryProperty().get());
        assertTrue(summary.startsWith("3 of 3 candidates stored, 0 failed"), summary);
        assertEquals(3, chats.get());
    }

    @Test
    void cancelWhilePausedEndsTheJobWithWhatWasStoredAndARerunResumes() throws Exception {
        onUi(() -> {
            model.pause();
            return null;
        });
        releaseFirst.countDown();
        until(() -> onUi(model::holding));
        onUi(() -> {
            model.cancel();
            return null;
        });
        until(() -> onUi(() -> model.taskProperty().get() == null));
        String summary = onUi(() -> model.summaryProperty().get());
        assertTrue(summary.startsWith("Stopped. 1 of 3 candidates stored"), summary);
        assertEquals(1, chats.get());
        assertTrue(onUi(() -> !model.pausedProperty().get()));

        onUi(() -> {
            model.start();
            return null;
        });
        until(() -> onUi(() -> model.taskProperty().get() == null));
        summary = onUi(() -> model.summaryProperty().get());
        assertTrue(summary.startsWith("2 of 2 candidates stored"), "the rerun asks only for the rest: " + summary);
    }

    private <T> T onUi(Callable<T> action) throws Exception {
        return ui.submit(action).get(30, TimeUnit.SECONDS);
    }

    /** Waits for a condition (never a fixed time), failing after 30 s. */
    private static void until(Check condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(5);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
