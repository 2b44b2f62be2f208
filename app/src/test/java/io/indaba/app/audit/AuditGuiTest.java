package io.indaba.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import io.indaba.core.audit.Audit;
import io.indaba.core.audit.Audits;
import io.indaba.core.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ToggleButton;
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

/** A reviewer audits the sample's one Amharic item left for them from the keyboard, then decides a disagreement. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class AuditGuiTest {

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
    void auditsAnItemFromTheKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-audit").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent());
        robot.clickOn("#nav-audit");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#audit-submit").tryQuery().isPresent());
        AuditView view = robot.lookup("#audit-view").queryAs(AuditView.class);
        AuditViewModel model = view.model();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.currentProperty().get() != null);
        assertEquals("ann-01", model.reviewer());
        assertEquals("am", model.lang());
        assertEquals("sample-mcq-6", model.currentProperty().get().item().externalId(),
                "ann-01 audited the other Amharic items in the sample");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audit-translation")
                .queryTextInputControl().getText().contains("question: "));

        assertEquals("4  Don't understand", robot.lookup("#audit-appropriateness-4").queryAs(ToggleButton.class)
                .getText(), "the buttons show the taxonomy's words, not value ids");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audit-history").tryQuery().isPresent()
                && !robot.lookup("#audit-history-field").queryComboBox().getItems().isEmpty());
        assertEquals("question", robot.lookup("#audit-history-field").queryComboBox().getValue(),
                "the history of the first translated field is at hand");
        robot.interact(() -> robot.lookup("#audit-adapt-field").<String>queryComboBox().setValue("question"));
        robot.interact(() -> robot.lookup("#audit-adaptation").queryTextInputControl().setText("ADAPTED question"));
        robot.clickOn("#audit-message");
        robot.push(KeyCode.DIGIT3); // translation quality: good
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.DIGIT2); // appropriateness: maybe
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.DIGIT1); // knowledge: none
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#audit-appropriateness-2").queryAs(ToggleButton.class).isSelected(),
                "the key shows on screen");
        assertNotNull(model.answers().get("knowledge"));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.submittedProperty().get() == 1);
        assertNull(model.currentProperty().get(), "nothing else is waiting for ann-01 in Amharic");

        robot.clickOn("#audit-open-decisions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audit-decide-1").tryQuery().isPresent());
        robot.clickOn("#audit-decide-reason").write("reads naturally");
        robot.clickOn("#audit-decide-1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audit-disagreements")
                .queryListView().getItems().stream().anyMatch(d -> ((io.indaba.core.audit.FieldDisagreement) d)
                        .decision() != null));
        robot.clickOn(io.indaba.app.common.Messages.get("audit.adapt.tab"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audit-adapt-accept").tryQuery()
                .map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#audit-adapt-reason").write("clearer");
        robot.clickOn("#audit-adapt-accept");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audit-adapt-accept").query()
                .isDisabled());
        robot.clickOn("#audit-open-agreement");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#audit-agreement").tryQuery()
                .map(t -> ((AgreementView) t).rowsShown() > 0).orElse(false));
        robot.clickOn("#audit-open-queues");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#audit-queues-table").tryQuery()
                .map(t -> !((javafx.scene.control.TableView<?>) t).getItems().isEmpty()).orElse(false));
        robot.clickOn("#audit-queues-assign");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#audit-queues-message").queryLabeled()
                .getText().isEmpty());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
        Path file;
        try (Stream<Path> files = Files.walk(home)) {
            file = files.filter(p -> p.toString().endsWith(".indaba")).findFirst().orElseThrow();
        }
        WaitForAsyncUtils.asyncFx(() -> workbench.model().closeProject()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().tasks().running().isEmpty());
        try (Project p = Project.open(file)) {
            List<Audit> audits = new Audits(p.database()).forItem(p.items().byExternalId("sample-mcq-6").orElseThrow().id());
            assertEquals(1, audits.size());
            assertEquals("ann-01", audits.get(0).reviewerId());
            assertEquals(List.of("good"), audits.get(0).answer("translation_quality"));
            assertEquals(List.of("maybe"), audits.get(0).answer("appropriateness"));
            assertEquals(List.of("none"), audits.get(0).answer("knowledge"));
            long mcq3 = p.items().byExternalId("sample-mcq-3").orElseThrow().id();
            io.indaba.core.audit.AuditDecision decided = io.indaba.core.audit.AuditBook.read(p.database(), "am")
                    .decision(mcq3, "translation_quality");
            assertEquals(List.of("good"), decided.answer(), "the first disagreement, decided as ann-01 voted");
            assertEquals("reads naturally", decided.reason());
            io.indaba.core.translate.Translation adapted = p.translations().forItem(p.items()
                    .byExternalId("sample-mcq-6").orElseThrow().id(), "am").get("question");
            assertEquals("ADAPTED question", adapted.text(), "the lead accepted ann-01's suggestion");
            List<io.indaba.core.translate.Revision> revisions = p.translations().history(adapted.id());
            assertEquals(io.indaba.core.translate.Origin.ADAPTATION, revisions.get(revisions.size() - 1).origin());
            assertTrue(new io.indaba.core.audit.AuditAssignments(p.database()).queues("am").stream()
                    .anyMatch(q -> q.assigned() > 0), "the lead assigned queues from the Queues pane");
        }
    }
}
