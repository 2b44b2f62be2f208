package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import io.indaba.app.backends.OneAnswerServer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
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
 * The wiring from start-up to the editor: an LLM drafter saved in the user's settings before the workbench starts
 * drafts in the editor's drafts pane, labelled with its model.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class LlmDraftsGuiTest {

    @TempDir
    Path home;

    private Workbench workbench;
    private OneAnswerServer server;

    @Start
    void start(Stage stage) throws Exception {
        server = new OneAnswerServer("ረቂቅ");
        server.saveAsDrafter(home, "*>am", "tiny");
        workbench = GuiSupport.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        GuiSupport.stop(workbench);
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEditorOffersTheSavedLlmDrafterDrafts(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-translate").tryQuery().isPresent());
        robot.clickOn("#nav-translate");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#editor-items").tryQuery().isPresent());
        ComboBox<String> language = robot.lookup("#editor-language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue("am"));
        ListView<ItemRow> items = robot.lookup("#editor-items").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> items.getItems().size() == 12);
        ItemRow row = items.getItems().stream().filter(r -> r.externalId().equals("sample-wg-1b")).findFirst()
                .orElseThrow();
        robot.interact(() -> items.getSelectionModel().select(row));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#target-sentence").tryQuery().isPresent());
        robot.clickOn("#target-sentence"); // the drafts pane follows the focused field
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#editor-drafts .label").queryAllAs(
                Label.class).stream().anyMatch(l -> l.getText() != null && l.getText().contains("llm:tiny")));
        assertTrue(server.bodies().stream().anyMatch(b -> b.contains("into Amharic")), server.bodies().toString());
    }
}
