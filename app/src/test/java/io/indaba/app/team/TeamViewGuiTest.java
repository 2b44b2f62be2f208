package io.indaba.app.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.stats.JudgedSessions;
import io.indaba.app.tasks.Tasks;
import io.indaba.app.theme.Theme;
import io.indaba.core.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The team page on a real (headless) stage: a profile added through the dialog reaches the table as chips. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class TeamViewGuiTest {

    private ProjectSession session;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempDirectory("indaba-team").resolve("j.indaba");
        // the store refuses writes on the FX thread, and @Start runs on it
        Project project = CompletableFuture.supplyAsync(() -> JudgedSessions.build(file)).get();
        session = new ProjectSession(project, "Judged", Tasks.forFx());
        TeamViewModel model = new TeamViewModel(session, "lead");
        Scene scene = new Scene(new TeamView(model), 1300, 900);
        scene.getStylesheets().setAll(Theme.of(false).stylesheets());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void addsAProfileThroughTheDialogAndRefusesABadTagFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#gold-language").tryQuery().isPresent());
        robot.clickOn("#team-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#profile-id").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#profile-id").queryAs(TextField.class).setText("am-07");
            robot.lookup("#profile-tag-0").queryAs(TextField.class).setText("am_ET");
        });
        Button save = (Button) robot.lookup("#profile-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(ProfileDialog.SAVE);
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#profile-error").queryAs(Label.class).getText().startsWith("Language 1: 'am_ET'"),
                "the dialog stays open with one error line");
        robot.interact(() -> robot.lookup("#profile-tag-0").queryAs(TextField.class).setText("am-ET"));
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#member-am-07").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#team-members").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        assertTrue(robot.lookup(".chip").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("am-ET · Amharic (Ethiopia) · native")));
    }
}
