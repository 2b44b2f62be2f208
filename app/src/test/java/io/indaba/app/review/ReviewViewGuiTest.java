package io.indaba.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.stats.JudgedSessions;
import io.indaba.app.tasks.Tasks;
import io.indaba.app.theme.Theme;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.project.Project;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Review on a real (headless) stage: the judgements side by side, and a decision made with the keyboard. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ReviewViewGuiTest {

    private ProjectSession session;
    private Project project;

    @Start
    void start(Stage stage) throws Exception {
        java.nio.file.Path file = Files.createTempDirectory("indaba-review").resolve("j.indaba");
        // the store refuses writes on the FX thread, and @Start runs on it
        project = CompletableFuture.supplyAsync(() -> JudgedSessions.build(file)).get();
        session = new ProjectSession(project, "Judged", Tasks.forFx());
        ReviewViewModel model = new ReviewViewModel(session, "lead2");
        Scene scene = new Scene(new ReviewView(model), 1300, 950);
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
    void showsTheJudgementsAndSavesADecisionFromTheKeyboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#review-judgements").queryAs(TableView.class).getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A · m1", robot.lookup("#review-a-label").queryAs(Label.class).getText());
        assertEquals("Not adjudicated yet.", robot.lookup("#review-standing").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#review-empty").query().isVisible(), "a pair is chosen: no empty-state text");

        robot.clickOn("#review-rationale").write("B states the fact");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        assertTrue(robot.lookup("#winner-B").queryAs(ToggleButton.class).isSelected(), "Ctrl+2 chose B");
        assertTrue(robot.lookup("#strength-3").queryAs(ToggleButton.class).isSelected(), "Alt+3 chose strength 3");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#review-message").queryAs(Label.class)
                .getText().startsWith("Saved p2"));
        List<Judgement> all = new ArrayList<>();
        project.judgements().forEach(null, all::add);
        Judgement decision = all.get(all.size() - 1);
        assertTrue(decision.adjudication());
        assertEquals("B", decision.winner());
        assertEquals(-3, decision.strength());
        assertEquals("B states the fact", decision.rationale());
    }
}
