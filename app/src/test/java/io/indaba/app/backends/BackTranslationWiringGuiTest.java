package io.indaba.app.backends;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.text.Text;
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
 * An LLM drafter saved for {@code *>en} before start-up serves the comparison's back-translation aid: the wiring hands
 * it to the comparison with the plugins' drafters.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class BackTranslationWiringGuiTest {

    @TempDir
    Path home;

    private Workbench workbench;
    private OneAnswerServer server;

    @Start
    void start(Stage stage) throws Exception {
        server = new OneAnswerServer("Back in English");
        server.saveAsDrafter(home, "*>en", "bt");
        workbench = GuiSupport.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        GuiSupport.stop(workbench);
        server.close();
    }

    @Test
    void theComparisonBackTranslatesWithTheSavedDrafter(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-compare").tryQuery().isPresent());
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#compare-submit").tryQuery().isPresent());
        // TestFX reads "Show back-translation" as a CSS selector, so the button is found by its text
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> backButton(n))
                .tryQuery().isPresent());
        Button back = robot.lookup((Node n) -> backButton(n)).queryAs(Button.class);
        robot.clickOn(back);
        // the aid is rendered as markdown text under the response
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup((Node n) ->
                n instanceof Text t && t.getText() != null && t.getText().contains("Back in English"))
                .tryQuery().isPresent());
        assertTrue(server.bodies().stream().anyMatch(b -> b.contains("\"model\":\"bt\"") && b.contains("into English")),
                server.bodies().toString());
    }

    private static boolean backButton(Node n) {
        return n instanceof Button b && "Show back-translation".equals(b.getText()) && b.isVisible()
                && b.getScene() != null && visible(b);
    }

    private static boolean visible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
