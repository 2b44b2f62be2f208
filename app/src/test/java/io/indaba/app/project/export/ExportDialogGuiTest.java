package io.indaba.app.project.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** Ctrl+E on the sample project: the options follow the format, and an export runs to its report. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ExportDialogGuiTest {

    @TempDir
    Path home;

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = GuiSupport.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        GuiSupport.stop(workbench);
    }

    /** Whether the node and every parent are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void ctrlEExportsDpoAndShowsTheReport(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#counts-am").tryQuery().isPresent());
        robot.clickOn("#overview-name");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-dialog").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> format = robot.lookup("#export-format").queryAs(ComboBox.class);
        Node policy = robot.lookup("#export-policy").query();
        assertFalse(shown(policy), "jsonl, the first format, has no policy");
        robot.interact(() -> format.getItems().stream().filter(f -> f.id().equals("dpo")).findFirst()
                .ifPresent(format::setValue));
        assertTrue(shown(policy), "dpo has a policy");
        assertFalse(shown(robot.lookup("#export-implicit-prompt").query()), "only dpo-conversational has it");
        String out = robot.lookup("#export-output").queryAs(TextField.class).getText();
        assertTrue(out.endsWith("indaba-sample-dpo.jsonl"), out);

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-run");
        TextArea report = robot.lookup("#export-report").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !report.getText().isEmpty());
        assertTrue(report.getText().startsWith("Exported 29 records as dpo into 2 files in "), report.getText());
        assertTrue(Files.isRegularFile(Path.of(out)));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-dialog").tryQuery().isEmpty());
    }
}
