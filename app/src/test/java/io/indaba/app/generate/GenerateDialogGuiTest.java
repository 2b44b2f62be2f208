package io.indaba.app.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import io.indaba.app.theme.Contrast;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Through the File menu: list a server's models, pick one, generate candidates for the sample's prompts; pause holds
 * the job and cancel stops it.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class GenerateDialogGuiTest {

    @TempDir
    Path home;

    private Workbench workbench;
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger chats = new AtomicInteger();
    private final CountDownLatch firstArrived = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private volatile boolean holdFirst;

    @Start
    void start(Stage stage) throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                if (r.getUrl().encodedPath().equals("/v1/models")) {
                    return new MockResponse.Builder().body("{\"data\":[{\"id\":\"tiny\",\"owned_by\":\"vllm\"}]}").build();
                }
                if (r.getUrl().encodedPath().endsWith("/chat/completions") && chats.incrementAndGet() == 1
                        && holdFirst) {
                    firstArrived.countDown();
                    releaseFirst.await(30, TimeUnit.SECONDS);
                }
                return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                        .body("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Yes.\"},\"finish_reason\":"
                                + "\"stop\"}]}\n\ndata: [DONE]\n\n").build();
            }
        });
        server.start();
        workbench = GuiSupport.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        releaseFirst.countDown();
        GuiSupport.stop(workbench);
        server.close();
    }

    @Test
    void listsModelsAndGenerates(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#counts-am").tryQuery().isPresent());

        robot.clickOn("File").clickOn("Generate candidates…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#generate-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#generate-endpoint").queryAs(TextField.class)
                .setText(server.url("/").toString()));
        robot.clickOn("#generate-list");
        @SuppressWarnings("unchecked")
        ListView<String> models = robot.lookup("#generate-models").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> models.getItems().contains("tiny"));
        robot.interact(() -> models.getSelectionModel().select("tiny"));
        robot.clickOn("#generate-run");
        Label summary = robot.lookup("#generate-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> summary.getText().contains("candidates stored"));
        assertTrue(summary.getText().contains(", 0 failed"), summary.getText());
        robot.clickOn("Close");
    }

    @Test
    void pauseHoldsTheJobAndCancelStopsIt(FxRobot robot) throws Exception {
        holdFirst = true;
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#counts-am").tryQuery().isPresent());
        robot.clickOn("File").clickOn("Generate candidates…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#generate-dialog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#generate-endpoint").queryAs(TextField.class).setText(server.url("/").toString());
            robot.lookup("#generate-concurrency").queryAs(Spinner.class).getValueFactory().setValue(1);
        });
        robot.clickOn("#generate-list");
        @SuppressWarnings("unchecked")
        ListView<String> models = robot.lookup("#generate-models").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> models.getItems().contains("tiny"));
        robot.interact(() -> models.getSelectionModel().select("tiny"));
        robot.clickOn("#generate-run");
        assertTrue(firstArrived.await(30, TimeUnit.SECONDS), "the first request reached the server");

        Button pause = robot.lookup("#generate-pause").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, pause::isVisible);
        robot.clickOn(pause);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pause.getText().equals("Resume"));
        releaseFirst.countDown();
        Label stats = robot.lookup("#generate-stats").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stats.getText().startsWith("1 of ")
                && stats.getText().contains("paused"));
        assertEquals(1, chats.get(), "nothing new is sent while paused");
        @SuppressWarnings("unchecked")
        ListView<Object> streams = robot.lookup("#generate-streams").queryAs(ListView.class);
        assertTrue(streams.isVisible() && !streams.getItems().isEmpty(), "the finished response's text shows");
        DialogPane pane = robot.lookup("#generate-dialog").queryAs(DialogPane.class);
        assertEquals(List.of(), Contrast.below(pane, Contrast.AA), "the running dialog reads in the light theme");

        robot.clickOn("#generate-cancel");
        Label summary = robot.lookup("#generate-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().startsWith("Stopped."));
        assertTrue(summary.getText().contains("1 of "), summary.getText());
        assertEquals(1, chats.get());
        assertFalse(pause.isVisible(), "nothing to pause once stopped");
        robot.clickOn("Close");
    }
}
