package io.indaba.app.backends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import io.indaba.app.theme.Contrast;
import io.indaba.core.generate.ServerPreset;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
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

/**
 * File ▸ Back-ends and LLM drafters…: add a server from a preset with a key and an LLM drafter, save; the file is the
 * user's alone, the running workbench takes the settings, and the page reads in both themes.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class BackendsDialogGuiTest {

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
    void addsAServerAndADrafterSavesThemPrivatelyAndReadsInBothThemes(FxRobot robot) throws Exception {
        open(robot);
        @SuppressWarnings("unchecked")
        ListView<String> plugins = robot.lookup("#backends-plugins").queryAs(ListView.class);
        assertTrue(plugins.getItems().stream().anyMatch(l -> l.contains("built-in")), plugins.getItems().toString());

        robot.clickOn("#backends-add");
        @SuppressWarnings("unchecked")
        ChoiceBox<ServerPreset> preset = robot.lookup("#backends-preset").queryAs(ChoiceBox.class);
        robot.interact(() -> preset.setValue(ServerPreset.named("lmstudio")));
        assertEquals("http://localhost:1234", robot.lookup("#backends-url").queryAs(TextField.class).getText());
        robot.interact(() -> {
            robot.lookup("#backends-name").queryAs(TextField.class).setText("Studio");
            robot.lookup("#backends-key").queryAs(PasswordField.class).setText("sk-gui-secret");
        });
        robot.clickOn("#backends-add-drafter");
        robot.interact(() -> {
            robot.lookup("#backends-pair").queryAs(TextField.class).setText("*>am");
            @SuppressWarnings("unchecked")
            ComboBox<String> server = robot.lookup("#backends-drafter-server").queryAs(ComboBox.class);
            server.setValue("Studio");
            robot.lookup("#backends-model").queryAs(TextField.class).setText("gemma");
        });
        robot.clickOn("#backends-save");
        Label message = robot.lookup("#backends-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Saved to"));

        Path file = home.resolve(BackendSettings.FILE);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals(BackendSettings.OWNER_ONLY, Files.getPosixFilePermissions(file));
        }
        BackendSettings taken = workbench.backends().settings();
        assertEquals("sk-gui-secret", taken.server("Studio").key().reveal());
        assertEquals("gemma", taken.drafters().get(0).model());
        assertEquals("*>am", taken.drafters().get(0).pair());
        assertContrast(robot, "light");
        robot.clickOn("Close");

        robot.interact(() -> workbench.model().settings().darkProperty().set(true));
        open(robot);
        @SuppressWarnings("unchecked")
        ListView<Object> servers = robot.lookup("#backends-servers").queryAs(ListView.class);
        assertEquals("Studio", servers.getItems().get(0).toString(), "read back from the settings");
        assertContrast(robot, "dark");
        robot.clickOn("Close");
    }

    @Test
    void aWrongAddressIsOneLineAndNothingIsWritten(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#backends-add");
        robot.interact(() -> robot.lookup("#backends-url").queryAs(TextField.class).setText("localhost:8000"));
        robot.clickOn("#backends-save");
        Label error = robot.lookup("#backends-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertTrue(error.getText().contains("http:// or https://"), error.getText());
        assertTrue(!Files.exists(home.resolve(BackendSettings.FILE)));
        robot.clickOn("Close");
    }

    private static void open(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Back-ends and LLM drafters…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backends-dialog").tryQuery().isPresent());
    }

    private static void assertContrast(FxRobot robot, String theme) {
        DialogPane pane = robot.lookup("#backends-dialog").queryAs(DialogPane.class);
        List<Contrast.Shortfall> below = Contrast.below(pane, Contrast.AA);
        assertEquals(List.of(), below, theme + ": " + below);
    }
}
