package io.indaba.app.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** Through the File menu: list a server's models, pick one, generate candidates for the sample's prompts. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class GenerateDialogGuiTest {

    @TempDir
    Path home;

    private Workbench workbench;
    private final MockWebServer server = new MockWebServer();

    @Start
    void start(Stage stage) throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                if (r.getUrl().encodedPath().equals("/v1/models")) {
                    return new MockResponse.Builder().body("{\"data\":[{\"id\":\"tiny\",\"owned_by\":\"vllm\"}]}").build();
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
}
