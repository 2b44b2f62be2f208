package io.indaba.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.app.common.DrafterSource;
import io.indaba.app.common.Workspace;
import io.indaba.app.theme.Contrast;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
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
 * Every workspace of the sample: in both themes every visible text meets WCAG AA against what is behind it, and at
 * the default and the minimum window size no label is cut short.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ThemeContrastGuiTest {

    @TempDir
    Path home;

    private Workbench workbench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workbench = GuiSupport.start(stage, home);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        GuiSupport.stop(workbench);
    }

    @Test
    void everyWorkspaceReadsInBothThemes(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-overview").tryQuery().isPresent());
        List<String> failures = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> workbench.model().settings().darkProperty().set(dark));
            for (Workspace workspace : Workspaces.all(DrafterSource.of(List.of()))) {
                show(robot, workspace.id());
                for (Contrast.Shortfall s : Contrast.below(stage.getScene().getRoot(), Contrast.AA)) {
                    failures.add((dark ? "dark " : "light ") + workspace.id() + ": " + s);
                }
                if (workspace.id().equals("compare")) {
                    chosenStandsOut(dark, failures);
                }
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void everyLabelShowsItsFullTextAtTheDefaultSize(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-overview").tryQuery().isPresent());
        assertEquals(1200, stage.getScene().getWidth(), 1);
        List<String> cut = new ArrayList<>();
        cutLabels(robot, "1200×780 ", cut);
        robot.interact(() -> {
            stage.setWidth(MainWindow.MIN_WIDTH);
            stage.setHeight(MainWindow.MIN_HEIGHT);
        });
        assertEquals(MainWindow.MIN_WIDTH, stage.getMinWidth(), 0.5, "the window cannot be made smaller");
        cutLabels(robot, "minimum size ", cut);
        assertEquals(List.of(), cut, String.join("\n", cut));
    }

    private void cutLabels(FxRobot robot, String size, List<String> cut) throws Exception {
        for (Workspace workspace : Workspaces.all(DrafterSource.of(List.of()))) {
            show(robot, workspace.id());
            List<javafx.scene.Node> all = new ArrayList<>();
            collect(stage.getScene().getRoot(), all);
            for (javafx.scene.Node n : all) {
                if (n instanceof javafx.scene.control.Labeled l && shown(l) && truncated(l)) {
                    cut.add(size + workspace.id() + ": \"" + l.getText() + "\" shown as \"" + displayed(l) + "\" in "
                            + l.getClass().getSimpleName() + l.getStyleClass());
                }
            }
        }
    }

    private static void collect(javafx.scene.Node node, List<javafx.scene.Node> out) {
        out.add(node);
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String displayed(javafx.scene.control.Labeled l) {
        for (javafx.scene.Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.text.Text t) {
                return t.getText();
            }
        }
        return null;
    }

    private static boolean truncated(javafx.scene.control.Labeled l) {
        String text = l.getText();
        String shown = displayed(l);
        return text != null && !text.isBlank() && shown != null && !shown.equals(text)
                && !shown.replace("\n", " ").equals(text.replace("\n", " ")) && !l.isWrapText() || (l.isWrapText()
                && shown != null && text != null && shown.endsWith(l.getEllipsisString()) && !text.endsWith(
                l.getEllipsisString()));
    }

    private void show(FxRobot robot, String id) throws Exception {
        robot.interact(() -> {
            ListView<?> nav = (ListView<?>) stage.getScene().lookup("#navigation");
            for (int i = 0; i < nav.getItems().size(); i++) {
                if (((Workspace) nav.getItems().get(i)).id().equals(id)) {
                    nav.getSelectionModel().select(i);
                }
            }
        });
        settle();
        if (id.equals("translate")) {
            // an item open in the editor, with its source, targets and side panes
            robot.interact(() -> {
                ListView<?> items = (ListView<?>) stage.getScene().lookup("#editor-items");
                if (items != null && items.getSelectionModel().isEmpty() && !items.getItems().isEmpty()) {
                    items.getSelectionModel().select(0);
                }
            });
            settle();
        }
        if (id.equals("compare") && robot.lookup("#compare-message").tryQuery().isPresent()) {
            // a pairwise task shows with a side and a strength chosen, so their chosen look is checked too
            robot.interact(() -> {
                javafx.scene.Node view = stage.getScene().lookup("#compare-view");
                for (javafx.scene.input.KeyCode code : new javafx.scene.input.KeyCode[] {
                        javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.DIGIT2}) {
                    javafx.event.Event.fireEvent(view, new javafx.scene.input.KeyEvent(
                            javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
                }
            });
            settle();
        }
    }

    /** A chosen side and strength differ from the choices around them by WCAG's 3:1 for controls. */
    private void chosenStandsOut(boolean dark, List<String> failures) {
        List<ToggleButton> toggles = stage.getScene().getRoot().lookupAll(".toggle-button").stream()
                .filter(n -> n instanceof ToggleButton && n.isVisible() && !n.isDisabled())
                .map(ToggleButton.class::cast).toList();
        List<ToggleButton> chosen = toggles.stream().filter(ToggleButton::isSelected).toList();
        ToggleButton other = toggles.stream().filter(t -> !t.isSelected()).findFirst().orElse(null);
        if (chosen.size() < 2 || other == null) {
            failures.add((dark ? "dark" : "light") + " compare: expected a chosen side and strength, got " + chosen);
            return;
        }
        for (ToggleButton t : chosen) {
            double ratio = Contrast.ratio(Contrast.behind(t), Contrast.behind(other));
            if (ratio < 3) {
                failures.add(String.format("%s compare: chosen \"%s\" differs from unchosen by %.2f:1 only",
                        dark ? "dark" : "light", t.getText(), ratio));
            }
        }
    }

    private void settle() throws Exception {
        GuiSupport.settle(workbench);
    }
}
