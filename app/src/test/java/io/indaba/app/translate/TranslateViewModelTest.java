package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.item.Item;
import io.indaba.core.translate.DraftSource;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.PostEdits;
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.plugin.Draft;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor on the sample project, run synchronously: navigation, continuous saving, statuses, twin, revert. */
class TranslateViewModelTest {

    @TempDir
    Path dir;

    private SampleEditor sample;
    private TranslateViewModel model;
    private ItemEditorViewModel editor;

    @BeforeEach
    void open() {
        sample = new SampleEditor(dir);
        model = new TranslateViewModel(sample.session, "tester");
        editor = model.editor();
        model.start();
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private void open(String externalId) {
        model.list().selectItem(sample.item(externalId).id());
    }

    private Translation stored(String externalId, String field) {
        return sample.project.translations().forItem(sample.item(externalId).id(), "am").get(field);
    }

    private List<Revision> history(String externalId, String field) {
        return sample.project.translations().history(stored(externalId, field).id());
    }

    @Test
    void selectingARowOpensTheItemWithItsFieldsAnswerAndTranslations() {
        open("sample-mcq-3");
        Item item = editor.itemProperty().get();
        assertEquals("sample-mcq-3", item.externalId());
        assertEquals("D", item.answer());
        assertEquals(List.of("question", "A", "B", "C", "D"), editor.fields().stream().map(FieldViewModel::name).toList());
        FieldViewModel question = editor.fields().get(0);
        assertEquals("ቆዳ ለፀሐይ ብርሃን ሲጋለጥ የሚያመርተው የትኛውን ቫይታሚን ነው?", question.targetProperty().get());
        assertEquals(TranslationStatus.DRAFT, question.statusProperty().get());
        assertEquals(TranslationStatus.NEW, editor.fields().get(1).statusProperty().get());
    }

    @Test
    void leavingAnEditedFieldSavesADraftAndLeavingAnUntouchedOneWritesNothing() {
        open("sample-mcq-4");
        editor.focusedProperty().set(0);
        editor.fields().get(0).targetProperty().set("በዓመት ውስጥ ስንት ቀናት አሉ?");
        editor.focusedProperty().set(1);
        assertEquals(TranslationStatus.DRAFT, stored("sample-mcq-4", "question").status());
        assertEquals("በዓመት ውስጥ ስንት ቀናት አሉ?", stored("sample-mcq-4", "question").text());
        assertEquals(Origin.HUMAN, history("sample-mcq-4", "question").get(0).origin());
        editor.focusedProperty().set(2);
        assertEquals(null, stored("sample-mcq-4", "A"), "an untouched field is not written");
        assertEquals(1, history("sample-mcq-4", "question").size());
    }

    @Test
    void confirmingMarksTranslatedMovesOnAndTheLastFieldOpensTheNextUnfinishedItem() {
        open("sample-mcq-3");
        editor.focusedProperty().set(0);
        editor.confirm();
        assertEquals(TranslationStatus.TRANSLATED, stored("sample-mcq-3", "question").status());
        assertEquals(1, editor.focusedProperty().get(), "on to the next unfinished field");
        for (String text : List.of("ቫይታሚን ኤ", "ቫይታሚን ቢ12", "ቫይታሚን ሲ", "ቫይታሚን ዲ")) {
            editor.fields().get(editor.focusedProperty().get()).targetProperty().set(text);
            editor.confirm();
        }
        assertEquals("ቫይታሚን ዲ", stored("sample-mcq-3", "D").text());
        assertEquals(TranslationStatus.TRANSLATED, model.list().rows().get(2).status(), "the row shows the new status");
        assertEquals("sample-mcq-4", editor.itemProperty().get().externalId(), "the next unfinished item is open");
        assertEquals(18, model.list().progress().get(0).finished(), "13 before, plus the five fields of mcq-3");
    }

    @Test
    void anEmptyFieldIsNotConfirmed() {
        open("sample-mcq-4");
        editor.focusedProperty().set(0);
        editor.confirm();
        assertEquals(0, editor.focusedProperty().get());
        assertEquals("An empty field cannot be confirmed.", editor.messageProperty().get());
        assertEquals(null, stored("sample-mcq-4", "question"));
    }

    @Test
    void pickingAStatusInTheComboBoxSavesIt() {
        open("sample-mcq-2");
        editor.fields().get(0).statusProperty().set(TranslationStatus.NEEDS_ADAPTATION);
        assertEquals(TranslationStatus.NEEDS_ADAPTATION, stored("sample-mcq-2", "question").status());
        assertEquals(TranslationStatus.NEEDS_ADAPTATION, model.list().rows().get(1).status());
    }

    @Test
    void aTakenSuggestionKeepsItsOriginUntilEdited() {
        open("sample-mcq-4");
        editor.focusedProperty().set(1);
        model.take("365 ቀናት", Origin.TM);
        editor.confirm();
        assertEquals(Origin.TM, history("sample-mcq-4", "A").get(0).origin());
        model.take("366 ቀን", Origin.MT);
        editor.fields().get(2).targetProperty().set("366 ቀናት");
        editor.confirm();
        assertEquals(Origin.HUMAN, history("sample-mcq-4", "B").get(0).origin(), "an edited draft is the translator's");
    }

    @Test
    void aTakenMachineDraftIsNamedInEverySaveEvenAfterEditsSoPostEditingCanBeMeasured() {
        open("sample-mcq-4");
        editor.focusedProperty().set(1);
        assertTrue(model.takeDraft(new Draft("365 ቀን", "llm", "gemma", Map.of())));
        editor.fields().get(1).targetProperty().set("365 ቀናት");
        editor.confirm();
        Revision saved = history("sample-mcq-4", "A").get(0);
        assertEquals(Origin.HUMAN, saved.origin(), "an edited draft is the translator's");
        assertEquals(new DraftSource("mt:llm:gemma", "365 ቀን"), saved.draft(), "but it names the draft it started from");
        List<PostEdits.Field> edits = PostEdits.of(sample.project.database(), "am");
        assertEquals(1, edits.size());
        assertEquals(2, edits.get(0).edits(), "ቀን → ቀናት: one letter changed, one added");

        model.take("366 ቀን", Origin.TM);
        editor.confirm();
        assertEquals(null, history("sample-mcq-4", "B").get(0).draft(), "a memory match is no machine draft");
    }

    @Test
    void copySourceFillsTheFieldWithTheSource() {
        open("sample-mcq-2");
        editor.focusedProperty().set(1);
        editor.fields().get(1).targetProperty().set("");
        editor.copySource();
        assertEquals("50", editor.fields().get(1).targetProperty().get());
    }

    @Test
    void theTwinOpensFromAWinograndeItem() {
        open("sample-wg-1a");
        assertEquals(sample.item("sample-wg-1b").id(), editor.twinProperty().get());
        model.openTwin();
        assertEquals("sample-wg-1b", editor.itemProperty().get().externalId());
        assertEquals("sample-wg-1b", model.list().selectedProperty().get().externalId());
        open("sample-mcq-1");
        assertEquals(null, editor.twinProperty().get());
    }

    @Test
    void theBlankWarningAndGraphemeCount() {
        open("sample-wg-1a");
        FieldViewModel sentence = editor.fields().get(0);
        assertTrue(sentence.blankSentence());
        assertFalse(sentence.blankWarningProperty().get());
        sentence.targetProperty().set("አሚና ጃንጥላዋን ለቺዲ ሰጠችው።");
        assertTrue(sentence.blankWarningProperty().get(), "no blank");
        sentence.targetProperty().set("_ _");
        assertTrue(sentence.blankWarningProperty().get(), "two blanks");
        FieldViewModel option = editor.fields().get(1);
        option.targetProperty().set("Ọ\u0300kụ\u0301");
        assertEquals(3, option.graphemesProperty().get(), "a vowel with dot below and tone is one grapheme");
        option.targetProperty().set("ቋንቋ");
        assertEquals(3, option.graphemesProperty().get());
    }

    @Test
    void historyFollowsTheFocusedFieldNewestFirst() {
        open("sample-mcq-3");
        editor.focusedProperty().set(0);
        editor.fields().get(0).targetProperty().set("ቆዳ ለፀሐይ ሲጋለጥ የትኛውን ቫይታሚን ያመርታል?");
        editor.confirm();
        editor.focusedProperty().set(0);
        List<Revision> shown = model.history().revisions();
        assertEquals(2, shown.size());
        assertEquals(TranslationStatus.TRANSLATED, shown.get(0).status());
        assertEquals("tester", shown.get(0).author());
        assertEquals("indaba-sample", shown.get(1).author());
    }

    @Test
    void revertTakesEachFieldBackToItsPreviousRevision() {
        open("sample-mcq-3");
        String before = editor.fields().get(0).targetProperty().get();
        editor.focusedProperty().set(0);
        editor.fields().get(0).targetProperty().set("ስህተት");
        editor.confirm();
        editor.revertItem();
        assertEquals(before, editor.fields().get(0).targetProperty().get());
        assertEquals(before, stored("sample-mcq-3", "question").text());
        assertEquals(TranslationStatus.DRAFT, stored("sample-mcq-3", "question").status());
        assertEquals(3, history("sample-mcq-3", "question").size(), "the revert is a revision too");
    }

    @Test
    void switchingLanguageKeepsTheItemAndSavesTheEditInTheLanguageItWasTypedIn() {
        open("sample-mcq-1");
        editor.focusedProperty().set(1);
        editor.fields().get(1).targetProperty().set("ሳንባዎች");
        model.list().languageProperty().set("ig");
        assertEquals("sample-mcq-1", editor.itemProperty().get().externalId());
        assertEquals("Ngụgụ", editor.fields().get(1).targetProperty().get(), "the Igbo text is shown");
        assertEquals("ሳንባዎች", stored("sample-mcq-1", "A").text(), "the Amharic edit was saved in Amharic");
        assertEquals("sample-mcq-1", model.list().selectedProperty().get().externalId());
    }
}
