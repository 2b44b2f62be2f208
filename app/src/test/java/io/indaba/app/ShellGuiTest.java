package io.indaba.app;

import static io.indaba.app.GuiSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** The shell on a real (headless) stage: wiring, dialogs and keyboard flows. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ShellGuiTest {

    @TempDir
    Path home;

    private Workbench workbench;
    private Path remembered;

    @Start
    void start(Stage stage) throws Exception {
        remembered = home.resolve("projects").resolve("Clinical-Amharic.indaba");
        Files.writeString(home.resolve("settings.properties"), "recent.0=" + remembered.toString().replace("\\", "\\\\") + "\n");
        workbench = GuiSupport.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        GuiSupport.stop(workbench);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void opensTheSampleAndShowsItsOverview(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        waitFor(robot, "#counts-am");
        assertEquals("Indaba sample", text(robot, "#overview-name"));
        assertEquals("6", text(robot, "#kind-count-mcq"));
        assertEquals("6", text(robot, "#kind-count-winogrande"));
        assertEquals("4", text(robot, "#kind-count-prompt"));
        assertEquals("13 of 48 fields finished · 8 candidates · 21 judgements", text(robot, "#counts-am"));
        assertTrue(robot.lookup("#nav-overview").tryQuery().isPresent(), "the overview is in the navigation");
        assertTrue(robot.lookup("#start-view").tryQuery().filter(Node::isVisible).isEmpty());
        assertEquals("Indaba sample — Indaba", ((Stage) robot.window(0)).getTitle());
    }

    @Test
    void theStartScreenListsRecentProjects(FxRobot robot) {
        ListView<?> recent = robot.lookup("#recent-projects").queryAs(ListView.class);
        assertEquals(1, recent.getItems().size());
        assertEquals(remembered.toAbsolutePath(), recent.getItems().get(0));
        assertTrue(robot.lookup("Clinical-Amharic.indaba").tryQuery().isPresent(), "the file name is shown");
        assertTrue(robot.lookup("#start-new").tryQuery().isPresent());
        assertTrue(robot.lookup("#start-open").tryQuery().isPresent());
    }

    @Test
    void theNewProjectDialogRefusesABadLanguageTag(FxRobot robot) throws Exception {
        robot.clickOn("#start-view");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(robot, "#new-project-dialog");
        robot.clickOn("#new-name").write("Demo");
        robot.clickOn("#new-targets");
        robot.interact(() -> robot.lookup("#new-targets").queryAs(TextField.class).setText("am, en_US"));
        Label error = robot.lookup("#new-error").queryAs(Label.class);
        assertTrue(error.getText().contains("not a valid BCP-47 language tag"), error.getText());
        assertTrue(error.getText().contains("use '-' not '_'"), error.getText());
        assertTrue(robot.lookup("#new-create").queryAs(Button.class).isDisabled());

        robot.interact(() -> robot.lookup("#new-targets").queryAs(TextField.class).setText("am, yo"));
        assertEquals("", error.getText());
        assertTrue(text(robot, "#new-targets-hint").contains("አማርኛ"), text(robot, "#new-targets-hint"));
        assertFalse(robot.lookup("#new-create").queryAs(Button.class).isDisabled());
        robot.clickOn("#new-create");
        waitFor(robot, "#counts-yo");
        assertEquals("Demo", text(robot, "#overview-name"));
        assertTrue(Files.isRegularFile(home.resolve("projects").resolve("Demo.indaba")));
    }

    @Test
    void ctrlShiftDSwapsTheThemeStylesheet(FxRobot robot) {
        var stylesheets = workbench.window().scene().getStylesheets();
        assertTrue(stylesheets.contains(Theme.LIGHT.tokens()));
        robot.clickOn("#start-view");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stylesheets.contains(Theme.DARK.tokens()), stylesheets.toString());
        assertFalse(stylesheets.contains(Theme.LIGHT.tokens()));
        assertEquals(Theme.BASE, stylesheets.get(0));
        assertTrue(workbench.model().settings().darkProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stylesheets.contains(Theme.LIGHT.tokens()));
    }

    @Test
    void aForeignFileGivesAOneLineReasonAndNoMoveAsideButton(FxRobot robot) throws Exception {
        Path notes = home.resolve("notes.indaba");
        Files.writeString(notes, "not a project");
        robot.interact(() -> workbench.model().open(notes));
        waitFor(robot, "#open-failure-reason");
        String reason = text(robot, "#open-failure-reason");
        assertTrue(reason.contains("not an Indaba project"), reason);
        assertFalse(reason.contains("Exception") || reason.contains("\tat "), reason);
        assertTrue(robot.lookup("Move aside").tryQuery().isEmpty(), "a text file is not damaged");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#open-failure-dialog").tryQuery().isEmpty());
        assertEquals("not a project", Files.readString(notes));
    }

    @Test
    void enterClosesTheFailureOfADamagedProjectAndMovingItAsideAsksFirst(FxRobot robot) throws Exception {
        Path hurt = home.resolve("hurt.indaba");
        io.indaba.core.project.Project.create(hurt, new io.indaba.core.base.ProjectSettings("Hurt", "en",
                java.util.List.of("am")), "t").close();
        try (var channel = java.nio.channels.FileChannel.open(hurt, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.allocate(3_000), 100); // the schema page, after the file header
        }
        robot.interact(() -> workbench.model().open(hurt));
        waitFor(robot, "#open-failure-reason");
        assertTrue(robot.lookup("Move aside").tryQuery().isPresent(), "a damaged project may be set aside");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#open-failure-dialog").tryQuery().isEmpty());
        assertTrue(Files.exists(hurt), "Enter is Close: nothing renamed");

        robot.interact(() -> workbench.model().open(hurt));
        waitFor(robot, "#open-failure-reason");
        robot.clickOn("Move aside");
        waitFor(robot, "#move-aside-confirm");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#move-aside-confirm").tryQuery().isEmpty());
        assertTrue(Files.exists(hurt), "Enter on the question is Cancel");

        robot.interact(() -> workbench.model().open(hurt));
        waitFor(robot, "#open-failure-reason");
        robot.clickOn("Move aside");
        waitFor(robot, "#move-aside-confirm");
        robot.clickOn(robot.lookup("#move-aside-confirm").lookup("Move aside").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(hurt));
    }
}
