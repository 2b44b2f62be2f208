package io.indaba.app.translate;

import static io.indaba.app.GuiSupport.eventually;
import static io.indaba.app.GuiSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.GuiSupport;
import io.indaba.app.Workbench;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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

/** A translator works through an item from the keyboard on a real (headless) stage, and the store has it all. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class TranslateGuiTest {

    @TempDir
    static Path home;

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = GuiSupport.start(stage, home.resolve("h" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        GuiSupport.stop(workbench);
    }

    private void settle() throws Exception {
        GuiSupport.settle(workbench);
    }

    private TextArea area(FxRobot robot, String field) {
        return robot.lookup("#target-" + field).queryAs(TextArea.class);
    }

    private void openEditorOn(FxRobot robot, String lang, String externalId) throws Exception {
        robot.interact(() -> workbench.model().openSample());
        waitFor(robot, "#nav-translate");
        robot.clickOn("#nav-translate");
        waitFor(robot, "#editor-items");
        ComboBox<?> language = robot.lookup("#editor-language").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<String>) language).setValue(lang));
        ListView<ItemRow> items = robot.lookup("#editor-items").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> items.getItems().size() == 12);
        ItemRow row = items.getItems().stream().filter(r -> r.externalId().equals(externalId)).findFirst().orElseThrow();
        robot.interact(() -> items.getSelectionModel().select(row));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#editor-item-title").queryLabeled()
                .getText().startsWith(externalId));
        settle();
    }

    // The app holds the project's one writer, so the test reads through the open session like a view does.
    private <T> T read(Function<Project, T> query) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> workbench.model().sessionProperty().get().run("test", (project, p) -> query.apply(project),
                result::complete, result::completeExceptionally));
        return result.get(10, TimeUnit.SECONDS);
    }

    private Map<String, Translation> stored(String externalId, String lang) throws Exception {
        return read(project -> {
            Item item = project.items().byExternalId(externalId).orElseThrow();
            return project.translations().forItem(item.id(), lang);
        });
    }

    private List<Revision> history(long translationId) throws Exception {
        return read(project -> project.translations().history(translationId));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTranslatorWorksAnAmharicItemFromTheKeyboard(FxRobot robot) throws Exception {
        openEditorOn(robot, "am", "sample-mcq-4");
        robot.clickOn("#target-question");
        robot.write("በዓመት ውስጥ ስንት ቀናት አሉ");
        robot.push(KeyCode.ALT, KeyCode.DIGIT5);
        assertEquals("በዓመት ውስጥ ስንት ቀናት አሉ፧", area(robot, "question").getText(), "Alt+5 inserts ፧ at the caret");
        robot.write(" x");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        String undone = area(robot, "question").getText();
        assertTrue(undone.length() < "በዓመት ውስጥ ስንት ቀናት አሉ፧ x".length() && !undone.endsWith("x"), undone);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals("በዓመት ውስጥ ስንት ቀናት አሉ፧ x", area(robot, "question").getText(), "Ctrl+Y redoes");
        robot.push(KeyCode.BACK_SPACE);
        robot.push(KeyCode.BACK_SPACE);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        settle();
        assertTrue(eventually(() -> area(robot, "A").isFocused()), "Ctrl+Enter moves to the next field");
        for (String field : List.of("A", "B", "C", "D")) {
            robot.write("365 ቀናት " + field);
            robot.push(KeyCode.CONTROL, KeyCode.ENTER);
            settle();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#editor-item-title").queryLabeled()
                .getText().startsWith("sample-mcq-5"));

        Map<String, Translation> saved = stored("sample-mcq-4", "am");
        assertEquals(5, saved.size());
        assertEquals("በዓመት ውስጥ ስንት ቀናት አሉ፧", saved.get("question").text());
        assertEquals("365 ቀናት D", saved.get("D").text());
        saved.values().forEach(t -> assertEquals(TranslationStatus.TRANSLATED, t.status(), t.field()));
        List<Revision> revisions = history(saved.get("question").id());
        assertEquals(1, revisions.size());
        assertEquals(Origin.HUMAN, revisions.get(0).origin());
        ListView<ItemRow> items = robot.lookup("#editor-items").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items.getItems().stream()
                .anyMatch(r -> r.externalId().equals("sample-mcq-4") && r.status() == TranslationStatus.TRANSLATED));
    }

    @Test
    void tabMovesBetweenFieldsAndEveryStatusHasAKey(FxRobot robot) throws Exception {
        openEditorOn(robot, "am", "sample-mcq-4");
        robot.clickOn("#target-question");
        robot.write("ጥያቄ");
        robot.push(KeyCode.TAB);
        settle();
        assertTrue(eventually(() -> area(robot, "A").isFocused()), "Tab goes to the next field");
        assertEquals("ጥያቄ", area(robot, "question").getText(), "no tab character typed");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        settle();
        assertTrue(eventually(() -> area(robot, "question").isFocused()), "Shift+Tab goes back");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        assertEquals("ጥያቄ\t", area(robot, "question").getText(), "a tab character takes a deliberate key");
        robot.push(KeyCode.BACK_SPACE);

        List<TranslationStatus> order = List.of(TranslationStatus.DRAFT, TranslationStatus.TRANSLATED,
                TranslationStatus.REVIEWED, TranslationStatus.APPROVED, TranslationStatus.REJECTED,
                TranslationStatus.NEEDS_ADAPTATION, TranslationStatus.NEW);
        for (TranslationStatus status : order) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (status.ordinal() + 1));
            robot.push(KeyCode.ALT, KeyCode.SHIFT, digit);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                Translation t = stored("sample-mcq-4", "am").get("question");
                return t != null && t.status() == status;
            });
            assertEquals("ጥያቄ", stored("sample-mcq-4", "am").get("question").text());
        }
        assertTrue(area(robot, "question").isFocused(), "setting a status keeps the translator in the field");
    }

    @Test
    void leavingAFieldSavesADraftAndCopySourceTakesTheSource(FxRobot robot) throws Exception {
        openEditorOn(robot, "am", "sample-mcq-2");
        robot.clickOn("#target-A");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        assertEquals("50", area(robot, "A").getText());
        robot.write(" ዲግሪ");
        robot.clickOn("#target-B");
        settle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "50 ዲግሪ".equals(stored("sample-mcq-2", "am").get("A").text()));
        assertEquals(TranslationStatus.DRAFT, stored("sample-mcq-2", "am").get("A").status());
    }

    @Test
    void igboToneMarksComposeAndBackspaceRemovesTheToneFirst(FxRobot robot) throws Exception {
        openEditorOn(robot, "ig", "sample-mcq-6");
        robot.clickOn("#target-A");
        robot.write("o");
        robot.push(KeyCode.ALT, KeyCode.DIGIT5);
        assertEquals("ó", area(robot, "A").getText(), "o + palette acute composes to one code point (NFC)");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write("ọ");
        robot.push(KeyCode.ALT, KeyCode.DIGIT6);
        assertEquals("\u1ECD\u0300", area(robot, "A").getText(), "ọ + grave has no precomposed form: two code points");
        assertEquals(2, area(robot, "A").getCaretPosition());
        robot.push(KeyCode.LEFT);
        assertEquals(0, area(robot, "A").getCaretPosition(), "the caret moves over the whole grapheme");
        robot.push(KeyCode.END);
        robot.push(KeyCode.BACK_SPACE);
        // JavaFX's Backspace deletes one code point, so the tone mark goes first and the vowel stays: handy for
        // fixing a tone, and what most editors do. Documented in docs/decisions/0006-translation-editor.md.
        assertEquals("\u1ECD", area(robot, "A").getText());
    }

    @Test
    void suggestionsGoInFromTheKeyboardAndAGlossaryTermIsAddedInThePane(FxRobot robot) throws Exception {
        openEditorOn(robot, "am", "sample-wg-1b");
        robot.clickOn("#target-sentence");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#editor-memory .editor-diff-delete")
                .tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertEquals("አሚና ጃንጥላዋን ለቺዲ ሰጠችው ምክንያቱም _ ወደ ዝናቡ ሊወጣ ነበር።", area(robot, "sentence").getText(),
                "Ctrl+1 takes the twin's translation from the memory");
        robot.push(KeyCode.CONTROL, KeyCode.M);
        assertEquals("አሚና ጃንጥላዋን ለቺዲ ሰጠችው ምክንያቱም _ ወደ ዝናቡ ሊወጣ ነበር።", area(robot, "sentence").getText(),
                "no machine draft: Ctrl+M changes nothing");

        robot.clickOn("#tab-glossary");
        robot.clickOn("#glossary-source").write("umbrella");
        robot.clickOn("#glossary-target").write("ጃንጥላ");
        robot.clickOn("#glossary-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#editor-item .editor-term").tryQuery()
                .isPresent());
        settle();
        robot.clickOn("#target-sentence");
        // adding the term re-renders the item: wait until the field now on screen has the focus
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area(robot, "sentence").isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write("የ");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1);
        assertEquals("የጃንጥላ", area(robot, "sentence").getText(), "Ctrl+Shift+1 inserts the term at the caret");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        settle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored("sample-wg-1b", "am").containsKey("sentence"));
        Translation saved = stored("sample-wg-1b", "am").get("sentence");
        assertEquals("የጃንጥላ", saved.text());
        List<Revision> revisions = history(saved.id());
        assertEquals(Origin.TM, revisions.get(0).origin(), "leaving for the glossary saved the match as a tm draft");
        assertEquals(Origin.HUMAN, revisions.get(revisions.size() - 1).origin(), "an edited suggestion is the translator's");
    }

    @Test
    void arabicIsEditedRightToLeftUnwrappedAndShownWrappedBelow(FxRobot robot) throws Exception {
        openEditorOn(robot, "ar", "sample-mcq-1");
        TextArea question = area(robot, "question");
        assertEquals(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT, question.getNodeOrientation());
        assertTrue(!question.isWrapText(), "JavaFX 21 garbles wrapped Arabic, so the field does not wrap");
        io.indaba.app.markdown.MarkdownView wrapped = robot.lookup("#wrapped-question")
                .queryAs(io.indaba.app.markdown.MarkdownView.class);
        assertTrue(!wrapped.isVisible(), "nothing to show while the field is empty");

        String text = "أي عضو في جسم الإنسان يضخ الدم إلى جميع أنحاء الجسم عبر الشرايين؟ *_*";
        robot.interact(() -> question.setText(text));
        settle();

        assertTrue(eventually(wrapped::isVisible));
        assertEquals(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT, wrapped.getNodeOrientation());
        StringBuilder shown = new StringBuilder();
        texts(wrapped, shown);
        assertEquals(text, shown.toString().replace("\n", ""), "shown literally: Markdown characters are text here");
    }

    private static void texts(javafx.scene.Node node, StringBuilder out) {
        if (node instanceof javafx.scene.text.Text t) {
            out.append(t.getText());
        } else if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> texts(child, out));
        }
    }

    @Test
    void amharicWrapsInItsFieldWithNoSecondView(FxRobot robot) throws Exception {
        openEditorOn(robot, "am", "sample-mcq-1");
        TextArea question = area(robot, "question");
        assertTrue(question.isWrapText());
        assertEquals(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT, question.getNodeOrientation());
        assertTrue(robot.lookup("#wrapped-question").tryQuery().isEmpty());
    }
}
