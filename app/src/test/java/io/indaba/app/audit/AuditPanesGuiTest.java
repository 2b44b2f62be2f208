package io.indaba.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.Messages;
import io.indaba.app.Workbench;
import io.indaba.app.tasks.Tasks;
import io.indaba.app.theme.Contrast;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.audit.Taxonomy;
import io.indaba.core.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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

/**
 * The audit workspace's panes beyond the form (adaptations, queues, agreement, the taxonomy and rules editor) read in
 * both themes with no label cut at 1200×780, and the lead adds a field to the taxonomy from the keyboard.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class AuditPanesGuiTest {

    @TempDir
    Path home;

    private Workbench workbench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workbench = Workbench.start(stage, home, Tasks.forFx());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> workbench.model().closeProject()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
    }

    private void openAudit(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-audit").tryQuery()
                .filter(Node::isVisible).isPresent());
        robot.clickOn("#nav-audit");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#audit-submit").tryQuery().isPresent());
        settle();
    }

    @Test
    void theLeadsPanesReadInBothThemesAndShowEveryLabel(FxRobot robot) throws Exception {
        openAudit(robot);
        assertEquals(1200, stage.getScene().getWidth(), 1);
        List<String> failures = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> workbench.model().settings().darkProperty().set(dark));
            String theme = dark ? "dark " : "light ";
            check(theme + "form", failures);
            robot.clickOn("#audit-open-decisions");
            settle();
            robot.clickOn(Messages.get("audit.adapt.tab"));
            settle();
            check(theme + "adaptations", failures);
            robot.clickOn("#audit-open-queues");
            settle();
            check(theme + "queues", failures);
            robot.clickOn("#audit-open-agreement");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#audit-agreement").tryQuery()
                    .map(t -> ((AgreementView) t).rowsShown() > 0).orElse(false));
            settle();
            check(theme + "agreement", failures);
            robot.clickOn("#audit-open-guidelines");
            settle();
            check(theme + "taxonomy editor", failures);
            robot.clickOn(Messages.get("audit.edit.rulesTab"));
            settle();
            check(theme + "rules editor", failures);
            robot.clickOn("#audit-open-guidelines"); // back to the form
            settle();
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void theLeadAddsAFieldFromTheKeyboardAndTheFormFollows(FxRobot robot) throws Exception {
        openAudit(robot);
        robot.clickOn("#audit-open-guidelines");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#audit-edit-fields")
                .queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn("#audit-edit-new-field").write("Offensive").push(KeyCode.ENTER);
        robot.clickOn("#audit-edit-value-label").write("No").push(KeyCode.ENTER);
        robot.write("Yes").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#audit-edit-version").queryLabeled().getText().contains("not saved"),
                "the draft is marked as edited");
        robot.clickOn("#audit-edit-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audit-edit-message").queryLabeled()
                .getText().contains("guideline version"));
        robot.clickOn("#audit-open-guidelines"); // back to the form, built from the new version
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#audit-offensive-2").tryQuery()
                .isPresent());
        assertEquals("2  Yes", robot.lookup("#audit-offensive-2").queryLabeled().getText());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
        Path file;
        try (Stream<Path> files = Files.walk(home)) {
            file = files.filter(p -> p.toString().endsWith(".indaba")).findFirst().orElseThrow();
        }
        WaitForAsyncUtils.asyncFx(() -> workbench.model().closeProject()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
        try (Project p = Project.open(file)) {
            Taxonomy t = new Taxonomies(p.database()).current();
            assertEquals(List.of("no", "yes"), t.field("offensive").orElseThrow().values());
        }
    }

    private void check(String where, List<String> failures) {
        for (Contrast.Shortfall s : Contrast.below(stage.getScene().getRoot(), Contrast.AA)) {
            failures.add(where + ": " + s);
        }
        List<Node> all = new ArrayList<>();
        collect(stage.getScene().getRoot(), all);
        for (Node n : all) {
            if (n instanceof Labeled l && shown(l) && cut(l)) {
                failures.add(where + ": \"" + l.getText() + "\" is cut in " + l.getClass().getSimpleName());
            }
        }
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean cut(Labeled l) {
        String text = l.getText();
        String shown = null;
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.text.Text t) {
                shown = t.getText();
            }
        }
        if (text == null || text.isBlank() || shown == null) {
            return false;
        }
        return l.isWrapText() ? shown.endsWith(l.getEllipsisString()) && !text.endsWith(l.getEllipsisString())
                : !shown.equals(text) && !shown.replace("\n", " ").equals(text.replace("\n", " "));
    }

    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
