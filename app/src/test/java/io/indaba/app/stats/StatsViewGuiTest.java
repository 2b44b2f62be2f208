package io.indaba.app.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import io.indaba.core.project.Project;
import io.indaba.core.stats.StatsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard on a real (headless) stage: computed in the background, the numbers reach the screen. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class StatsViewGuiTest {

    private ProjectSession session;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempDirectory("indaba-stats").resolve("j.indaba");
        // the store refuses writes on the FX thread, and @Start runs on it
        Project project = CompletableFuture.supplyAsync(() -> JudgedSessions.build(file)).get();
        session = new ProjectSession(project, "Judged", Tasks.forFx());
        StatsViewModel model = new StatsViewModel(session, new StatsOptions(100, 1, 0.1));
        Scene scene = new Scene(new StatsView(model), 1200, 900);
        scene.getStylesheets().setAll(Theme.of(false).stylesheets());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void showsAgreementRatingsAndFlagsAfterSwitchingLanguage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#figure-alpha-nominal").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.588", text(robot, "#figure-alpha-nominal"));
        assertEquals("0.556", text(robot, "#figure-cohen"));
        assertEquals("6-2-2", text(robot, "#record-m1"));
        assertTrue(text(robot, "#stats-summary").contains("1 adjudication not counted"));

        ComboBox<LanguageChoice> language = robot.lookup("#stats-language").queryComboBox();
        robot.interact(() -> language.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.045", text(robot, "#figure-alpha-nominal"));
        assertTrue(robot.lookup("#stats-disconnected").queryAs(Label.class).isVisible());
        TableRow<?> a3 = robot.lookup("#annotator-a3").queryAs(TableRow.class);
        assertTrue(a3.getStyleClass().contains(Styles.FLAGGED), "a3 is highlighted");
        TableRow<?> a1 = robot.lookup("#annotator-a1").queryAs(TableRow.class);
        assertTrue(!a1.getStyleClass().contains(Styles.FLAGGED));
    }
}
