package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.translate.DiffOp;
import io.indaba.core.translate.GlossaryHit;
import io.indaba.core.translate.ImportedMachineDrafts;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TmMatch;
import io.indaba.core.translate.Translation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's suggestion panes on the sample project, run synchronously: memory, machine drafts, glossary, history. */
class SuggestionPanesTest {

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

    private void focus(String field) {
        for (int i = 0; i < editor.fields().size(); i++) {
            if (editor.fields().get(i).name().equals(field)) {
                editor.focusedProperty().set(i);
            }
        }
    }

    private Map<String, Translation> stored(String externalId) {
        return sample.project.translations().forItem(sample.item(externalId).id(), "am");
    }

    @Test
    void theTwinsTranslatedSentenceIsAFuzzyMatchWithAWordDiffAndCtrl1TakesItAsTm() {
        open("sample-wg-1b");
        focus("sentence");
        List<TmMatch> matches = model.memory().matches();
        assertEquals(1, matches.size(), String.valueOf(matches));
        TmMatch twin = matches.get(0);
        assertEquals("አሚና ጃንጥላዋን ለቺዲ ሰጠችው ምክንያቱም _ ወደ ዝናቡ ሊወጣ ነበር።", twin.target());
        assertTrue(twin.percentage() >= 50 && twin.percentage() < 100, "fuzzy: " + twin.percentage());
        assertEquals(TmMatch.PROJECT, twin.origin());
        assertEquals(MemoryViewModel.State.READY, model.memory().stateProperty().get());
        assertTrue(twin.diff().contains(new DiffOp(DiffOp.Kind.DELETE, "about")), String.valueOf(twin.diff()));
        assertTrue(twin.diff().stream().anyMatch(op -> op.kind() == DiffOp.Kind.INSERT && op.text().contains("indoors")));

        assertTrue(model.takeMatch(0));
        assertEquals(twin.target(), editor.fields().get(0).targetProperty().get());
        assertFalse(model.takeMatch(3), "there is no fourth match");
        editor.confirm();
        Translation saved = stored("sample-wg-1b").get("sentence");
        assertEquals(twin.target(), saved.text());
        assertEquals(Origin.TM, sample.project.translations().history(saved.id()).get(0).origin());
        assertEquals(1, stored("sample-wg-1b").size(), "a match goes only where it was taken");
    }

    @Test
    void aFieldWithNothingSimilarSaysSo() {
        open("sample-mcq-4");
        focus("question");
        assertTrue(model.memory().matches().isEmpty());
        assertEquals(MemoryViewModel.State.NONE, model.memory().stateProperty().get());
        editor.focusedProperty().set(-1);
        assertEquals(MemoryViewModel.State.READY, model.memory().stateProperty().get(), "no field, nothing to say");
    }

    @Test
    void aConfirmedTranslationBecomesASuggestionForTheNextFieldAtOnce() {
        open("sample-mcq-3");
        focus("C");
        assertTrue(model.memory().matches().isEmpty(), "nothing like 'Vitamin C' is translated yet");
        focus("A");
        editor.fields().get(1).targetProperty().set("ቫይታሚን ኤ");
        editor.confirm();
        focus("C");
        assertEquals(List.of("ቫይታሚን ኤ"), model.memory().matches().stream().map(TmMatch::target).toList(),
                "the index built at start learnt the save without a rebuild");
        focus("A");
        editor.fields().get(1).targetProperty().set("ቫይታሚን ኤ!");
        editor.leaveFocused();
        focus("C");
        assertTrue(model.memory().matches().isEmpty(), "a field saved back to draft is withdrawn");
    }

    @Test
    void theIndexIsBuiltInTheBackgroundOnceAndTheLookupSaysSoMeanwhile() {
        ArrayDeque<Runnable> background = new ArrayDeque<>();
        ProjectSession queued = new ProjectSession(sample.project, "sample", new Tasks(background::add, Runnable::run));
        MemoryViewModel memory = new MemoryViewModel(queued, new SuggestionSources());
        memory.warm("en", "am");
        assertEquals(MemoryViewModel.State.BUILDING, memory.stateProperty().get());
        Item item = sample.item("sample-wg-1b");
        FieldViewModel sentence = new FieldViewModel(item.kind(), "sentence", item.field("sentence"), null);
        memory.show(item, sentence, "am");
        assertEquals(MemoryViewModel.State.BUILDING, memory.stateProperty().get(), "still building");
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertEquals(MemoryViewModel.State.READY, memory.stateProperty().get());
        assertEquals(1, memory.matches().size());
        memory.show(item, sentence, "am");
        assertEquals(MemoryViewModel.State.READY, memory.stateProperty().get(), "built once: no second 'building'");
    }

    @Test
    void importedMachineDraftsAreOfferedLabelledAndCtrlMTakesTheFirstAsMt() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("question", "What is the capital of Ethiopia?");
        fields.put("A", "Addis Ababa");
        fields.put("B", "Gondar");
        fields.put("C", "Axum");
        fields.put("D", "Harar");
        sample.project.items().importAll(List.of(Item.of("geography_dev#1", ItemKind.MCQ, "en", "geography_dev", 100,
                fields, "A", Map.of())).iterator(), "tester", "test", Progress.NONE);
        Path csv = dir.resolve("geography_dev_am.csv");
        Files.writeString(csv, "የኢትዮጵያ ዋና ከተማ ማን ናት?,አዲስ አበባ,ጎንደር,አክሱም,ሐረር,A\n");
        ImportedMachineDrafts.of(sample.project, Runnable::run).importFile(csv, "tester");
        sample.session.changed();
        long id = sample.project.items().byExternalId("geography_dev#1").orElseThrow().id();
        editor.load(id, "am");
        focus("question");
        assertEquals(1, model.drafts().drafts().size());
        assertEquals("imported-mt:geography_dev_am.csv", model.drafts().drafts().get(0).label());
        assertFalse(model.drafts().noneProperty().get());
        assertTrue(model.takeDraft(null));
        editor.confirm();
        Translation saved = sample.project.translations().forItem(id, "am").get("question");
        assertEquals("የኢትዮጵያ ዋና ከተማ ማን ናት?", saved.text());
        assertEquals(Origin.MT, sample.project.translations().history(saved.id()).get(0).origin());
        assertEquals("አዲስ አበባ", model.drafts().first().text(), "the next field's draft");
    }

    @Test
    void noDraftIsAQuietLineAndTakesNothing() {
        open("sample-mcq-4");
        focus("question");
        assertTrue(model.drafts().drafts().isEmpty());
        assertTrue(model.drafts().noneProperty().get());
        assertFalse(model.takeDraft(null));
        assertEquals("", editor.fields().get(0).targetProperty().get());
    }

    @Test
    void anAddedTermIsFoundInTheSourceAndItsTranslationIsOffered() {
        open("sample-wg-1a");
        focus("sentence");
        assertTrue(model.glossary().hits().isEmpty());
        model.glossary().add("umbrella", "ጃንጥላ", null);
        assertEquals("Added umbrella → ጃንጥላ.", model.glossary().reportProperty().get());
        List<GlossaryHit> hits = model.glossary().byFieldProperty().get().get("sentence");
        assertEquals(1, hits.size());
        String source = sample.item("sample-wg-1a").field("sentence");
        assertEquals("umbrella", source.substring(hits.get(0).start(), hits.get(0).end()));
        assertEquals("ጃንጥላ", model.glossary().target(0));
        assertNull(model.glossary().target(1));
        focus("option1");
        assertTrue(model.glossary().hits().isEmpty(), "the pane follows the focused field");
        model.glossary().add(" ", "ጃንጥላ", null);
        assertEquals("A term needs a source and a translation.", model.glossary().reportProperty().get());
    }

    @Test
    void aGlossaryFileIsImportedWithAOneLineReportAndABadOneChangesNothing() throws Exception {
        open("sample-wg-2a");
        focus("sentence");
        Path tsv = dir.resolve("terms.tsv");
        Files.writeString(tsv, "source\ttarget\tnote\nbasket\tቅርጫት\t\nbread\tዳቦ\tfood\nbread\tዳቦ\t\n");
        model.glossary().importFile(tsv);
        assertEquals("Imported 2 terms; 1 already present, 0 skipped.", model.glossary().reportProperty().get());
        assertEquals(List.of("ዳቦ", "ቅርጫት"), model.glossary().hits().stream().map(h -> h.term().target()).toList(),
                "by position in the source, basket twice but listed once");
        Path bad = dir.resolve("bad.tbx");
        Files.writeString(bad, "<martif><text><body><termEntry>");
        model.glossary().importFile(bad);
        assertTrue(model.glossary().reportProperty().get().startsWith("Glossary not changed: "),
                model.glossary().reportProperty().get());
        assertEquals(2, model.glossary().hits().size());
    }

    @Test
    void historyShowsEachRevisionAsAWordDiffAgainstTheCurrentText() {
        open("sample-mcq-3");
        focus("question");
        FieldViewModel question = editor.fields().get(0);
        assertEquals(List.of(DiffOp.Kind.EQUAL), kinds(model.history().entries().get(0).diff()), "unchanged so far");
        question.targetProperty().set(question.targetProperty().get().replace("ቆዳ", "ቆዳችን"));
        List<DiffOp> diff = model.history().entries().get(0).diff();
        assertTrue(diff.contains(new DiffOp(DiffOp.Kind.DELETE, "ቆዳ")), String.valueOf(diff));
        assertTrue(diff.contains(new DiffOp(DiffOp.Kind.INSERT, "ቆዳችን")), String.valueOf(diff));
    }

    private static List<DiffOp.Kind> kinds(List<DiffOp> diff) {
        return diff.stream().map(DiffOp::kind).distinct().toList();
    }
}
