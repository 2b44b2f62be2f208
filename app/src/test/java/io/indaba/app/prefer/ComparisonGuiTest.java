package io.indaba.app.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.Workbench;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
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

/** An annotator judges the sample project's cross-lingual tasks end to end from the keyboard. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ComparisonGuiTest {

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
    void judgesEveryTaskFromTheKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-compare").tryQuery().isPresent());
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#compare-submit").tryQuery().isPresent());
        ComparisonView view = robot.lookup("#compare-view").queryAs(ComparisonView.class);
        ComparisonViewModel model = view.model();
        assertNotNull(model.currentProperty().get(), "the sample has tasks for ann-01");
        List<Long> judged = new ArrayList<>();
        int guard = 0;
        while (model.currentProperty().get() != null && guard++ < 20) {
            long item = model.currentProperty().get().item().id();
            robot.clickOn("#compare-message");
            robot.push(KeyCode.RIGHT);
            robot.push(KeyCode.DIGIT3);
            WaitForAsyncUtils.waitForFxEvents();
            if (model.currentProperty().get().displayed().size() > 2) {
                robot.interact(() -> {
                    for (int i = 0; i < model.currentProperty().get().displayed().size(); i++) {
                        model.ranks().put(i, i + 1);
                    }
                });
            } else {
                assertEquals(io.indaba.core.prefer.Decision.Side.RIGHT, model.sideProperty().get());
                assertEquals(3, model.strengthProperty().get());
            }
            robot.push(KeyCode.CONTROL, KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            judged.add(item);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.currentProperty().get() == null
                    || model.currentProperty().get().item().id() != item || model.prefetchedCount() == 0);
        }
        assertTrue(judged.size() >= 2, "judged " + judged + ", message: " + model.messageProperty().get()
                + ", submitted " + model.submittedProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.submittedProperty().get() == judged.size());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
        Path file;
        try (Stream<Path> files = Files.walk(home)) {
            file = files.filter(p -> p.toString().endsWith(".indaba")).findFirst().orElseThrow();
        }
        WaitForAsyncUtils.asyncFx(() -> workbench.model().closeProject()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
        try (Project p = Project.open(file)) {
            List<Judgement> mine = new ArrayList<>();
            p.judgements().forEach(null, j -> {
                if (j.annotatorId().equals("ann-01") && j.timeOnTaskMs() != null && j.timeOnTaskMs() > 0) {
                    mine.add(j);
                }
            });
            assertTrue(mine.size() >= judged.size(), "every submitted judgement is stored: " + mine.size());
            assertTrue(mine.stream().allMatch(j -> j.display().containsKey("orderSeed")));
        }
    }

    @Test
    void theNextTaskIsBuiltAheadAndTheDecisionBarStartsEachTaskClean(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-compare").tryQuery().isPresent());
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#compare-submit").tryQuery().isPresent());
        ComparisonView view = robot.lookup("#compare-view").queryAs(ComparisonView.class);
        ComparisonViewModel model = view.model();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.upcomingProperty().get() != null
                && view.readyEntry() == model.upcomingProperty().get());
        io.indaba.core.prefer.QueueEntry next = view.readyEntry();
        String aspect = model.aspects().get(0);
        javafx.scene.control.ToggleButton four = robot.lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.ToggleButton t && (aspect + " 4").equals(t.getAccessibleText()))
                .queryAs(javafx.scene.control.ToggleButton.class);
        javafx.scene.control.CheckBox unsafe = robot.lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.CheckBox c && c.getText().equals(
                        io.indaba.app.Messages.get("compare.flag.unsafe")))
                .queryAs(javafx.scene.control.CheckBox.class);
        robot.clickOn(four);
        robot.clickOn(unsafe);
        assertEquals(4, model.ratings().get(aspect));
        assertTrue(model.flags().contains("unsafe"));

        robot.interact(model::skip);

        assertTrue(next == model.currentProperty().get(), "the task built ahead is the one shown");
        assertTrue(!four.isSelected() && !unsafe.isSelected(), "the bar is reused and starts clean");
        assertTrue(model.ratings().isEmpty() && model.flags().isEmpty());
    }

    @Test
    void theOverviewCountsAJudgementWithoutAReopen(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#counts-am").tryQuery().isPresent());
        String before = robot.lookup("#counts-am").queryLabeled().getText();
        assertTrue(before.endsWith("21 judgements"), before);
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#compare-submit").tryQuery().isPresent());
        ComparisonViewModel model = robot.lookup("#compare-view").queryAs(ComparisonView.class).model();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.currentProperty().get() != null);
        robot.interact(() -> {
            int shown = model.currentProperty().get().displayed().size();
            if (shown > 2) {
                for (int i = 0; i < shown; i++) {
                    model.ranks().put(i, i + 1);
                }
            } else {
                model.sideProperty().set(io.indaba.core.prefer.Decision.Side.RIGHT);
                model.strengthProperty().set(2);
            }
            model.submit();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.submittedProperty().get() == 1);
        robot.clickOn("#nav-overview");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#counts-am").queryLabeled().getText()
                .equals(before));
        String after = robot.lookup("#counts-am").queryLabeled().getText();
        assertTrue(after.matches(".* (22|2[2-9]) judgements"), after);
    }
}
