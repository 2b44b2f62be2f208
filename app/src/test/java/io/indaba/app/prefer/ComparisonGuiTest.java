package io.indaba.app.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
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
        workbench = GuiSupport.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        GuiSupport.stop(workbench);
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
                        io.indaba.app.common.Messages.get("compare.flag.unsafe")))
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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-compare").tryQuery().isPresent()
                && robot.lookup("#counts-am").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
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

    @Test
    void aRankingTaskIsDoneFromTheKeyboardAndItsHintGoesWithIt(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-compare").tryQuery().isPresent());
        // three responses to one prompt make a ranking task
        java.util.concurrent.CompletableFuture<Object> added = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> workbench.model().sessionProperty().get().run("add", (project, progress) -> {
            project.items().importAll(List.of(io.indaba.core.item.Item.of("rank-1", io.indaba.core.item.ItemKind.PROMPT,
                    "en", "", 99, java.util.Map.of("prompt", "Greet the clinic"), null, null)).iterator(), "t", "test",
                    io.indaba.core.Progress.NONE);
            long id = project.items().byExternalId("rank-1").orElseThrow().id();
            for (String model : List.of("m1", "m2", "m3")) {
                project.candidates().add(io.indaba.core.prefer.Candidate.imported(id, null, "ሰላም " + model, "am",
                        model, null), "t");
            }
            return id;
        }, added::complete, added::completeExceptionally));
        added.get(20, TimeUnit.SECONDS);
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#compare-submit").tryQuery().isPresent());
        ComparisonViewModel model = robot.lookup("#compare-view").queryAs(ComparisonView.class).model();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.currentProperty().get() != null);
        robot.clickOn("#compare-message");
        int guard = 0;
        int judged = 0;
        while (model.currentProperty().get() != null && model.currentProperty().get().displayed().size() < 3
                && guard++ < 20) {
            robot.push(KeyCode.RIGHT);
            robot.push(KeyCode.DIGIT2);
            robot.push(KeyCode.CONTROL, KeyCode.ENTER);
            int expected = ++judged;
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.submittedProperty().get() == expected);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.currentProperty().get() != null);
        }
        int before = judged;
        int count = model.currentProperty().get().displayed().size();
        assertTrue(count >= 3, "the sample has a ranking task");

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(io.indaba.app.common.Messages.get("compare.rankAll"), model.messageProperty().get());
        for (int i = 1; i <= count; i++) {
            robot.push(KeyCode.valueOf("DIGIT" + i));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(count - 1, model.rankSelectedProperty().get(), "the last digit pressed selects");
        assertEquals(count, (int) model.ranks().get(count - 1), "placed in the order pressed");
        robot.push(KeyCode.UP);
        robot.push(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.ranks().get(count - 3), model.ranks().get(count - 1),
                "moved above its neighbour, then tied with the one above");
        String label = io.indaba.app.common.Messages.get("compare.rank") + " " + count;
        javafx.scene.control.ComboBox<?> box = robot.lookup((javafx.scene.Node n) -> n instanceof
                javafx.scene.control.ComboBox<?> c && label.equals(c.getAccessibleText()) && shown(c))
                .queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(model.ranks().get(count - 1), box.getValue(), "the rank boxes follow the keys");

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.submittedProperty().get() == before + 1);
        assertTrue(!io.indaba.app.common.Messages.get("compare.rankAll").equals(model.messageProperty().get()),
                "the ranking hint is gone with its task: " + model.messageProperty().get());
    }

    /** Whether {@code node} and every parent are visible (the task built ahead waits invisible). */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
