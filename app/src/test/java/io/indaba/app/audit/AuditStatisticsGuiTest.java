package io.indaba.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.Workbench;
import io.indaba.app.tasks.Tasks;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Statistics workspace shows the sample's audit agreement per field for its audited language. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class AuditStatisticsGuiTest {

    @TempDir
    Path home;

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.start(stage, home, Tasks.forFx());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> workbench.model().closeProject()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
    }

    @Test
    void theStatisticsWorkspaceShowsAuditAgreement(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-stats").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent());
        robot.clickOn("#nav-stats");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#audit-agreement").tryQuery()
                .map(t -> ((AgreementView) t).rowsShown() > 0).orElse(false));
        assertEquals("am", robot.lookup("#stats-audit-language").queryAs(ComboBox.class).getValue());
        assertTrue(robot.lookup("#audit-agreement-table .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("Translation quality")), "fields show by their labels");
    }
}
