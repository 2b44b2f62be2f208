package io.indaba.app.project.packages;

import static io.indaba.app.GuiSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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

/** Through the File menu: write an annotator package, then merge it back and read the report. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class PackageDialogsGuiTest {

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

    @Test
    void exportsAPackageAndMergesItBack(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        waitFor(robot, "#counts-am");

        robot.clickOn("File").clickOn("Export annotator package…");
        waitFor(robot, "#package-dialog");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#package-output").queryAs(TextField.class).getText().isEmpty());
        Path pkg = Path.of(robot.lookup("#package-output").queryAs(TextField.class).getText());
        robot.clickOn("#package-run");
        TextArea report = robot.lookup("#package-report").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !report.getText().isEmpty());
        assertTrue(report.getText().startsWith("Package for ann-01 written to"), report.getText());
        assertTrue(Files.isRegularFile(pkg));
        robot.clickOn("Close");

        robot.clickOn("File").clickOn("Merge returned package…");
        waitFor(robot, "#merge-dialog");
        robot.interact(() -> robot.lookup("#merge-file").queryAs(TextField.class).setText("'" + pkg + "'"));
        robot.clickOn("#merge-run");
        Label summary = robot.lookup("#merge-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        assertEquals("Merged ann-01’s package: no judgements added, 11 already present (ignored), "
                + "0 edited responses added, no conflicts.", summary.getText());
        assertTrue(!robot.lookup("#merge-conflicts").queryAs(ListView.class).isVisible(), "no conflicts, no list");
        robot.clickOn("Close");
    }
}
