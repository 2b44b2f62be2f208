package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.testing.SharedData;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported machine translations and translation-memory matches offered as drafts. */
class MachineDraftsTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void open() {
        project = ProjectFixture.create(dir);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void anMmluMachineTranslationBecomesDraftsPerItemFieldWithEntitiesDecoded() throws Exception {
        Item item = ProjectFixture.mcq(project, "virology_dev#2", "Why is it important?", "It isn't", "It is");
        Path file = write("virology_dev_ig.csv", "\"Ọ bụ\nabụọ ahịrị\",a,b,c,d,A\nO dị mkpa?,Ọ bụghị &#39;ya&#39;,"
                + "Ọ bụ &amp; ọzọ,,D &#x27;x,B\n");
        ImportedMachineDrafts mt = new ImportedMachineDrafts(project.database(), "en", Runnable::run);
        assertEquals(new MachineDraftImport("mt:virology_dev_ig.csv", "ig", 2, 9, 1), mt.importFile(file, "tester"));

        assertEquals(List.of("Ọ bụghị 'ya'"), texts(mt.draftsFor("ig", "virology_dev#2", "A")));
        assertEquals(List.of("Ọ bụ\nabụọ ahịrị"), texts(mt.draftsFor("ig", "virology_dev#1", "question")));
        assertEquals(List.of(), mt.draftsFor("ig", "virology_dev#2", "C"), "an empty field is not a draft");
        List<Draft> viaSpi = mt.draft(new DraftRequest("en", "ig", item.field("B"),
                Map.of("item", "virology_dev#2", "field", "B"))).join();
        assertEquals("Ọ bụ & ọzọ", viaSpi.get(0).text());
        assertEquals("imported-mt:virology_dev_ig.csv", viaSpi.get(0).label());
        assertTrue(mt.supports("en", "ig"));
        assertFalse(mt.supports("en", "am"));

        mt.importFile(file, "tester");
        assertEquals(9, new MemoryEntries(project.database()).count(), "re-importing a file replaces its drafts");
        assertTrue(TranslationMemory.of(project).matches("en", "ig", "It isn't", 0, "").isEmpty(),
                "machine output is a draft, not a memory match");
    }

    @Test
    void badFilesAreRefusedWholeWithFileAndLine() throws Exception {
        ImportedMachineDrafts mt = new ImportedMachineDrafts(project.database(), "en", Runnable::run);
        BadInputException name = assertThrows(BadInputException.class,
                () -> mt.importFile(write("virology.csv", "q,a,b,c,d,A\n"), "t"));
        assertTrue(name.reason().contains("<subject>_<split>_<language>.csv"), name.reason());
        BadInputException columns = assertThrows(BadInputException.class,
                () -> mt.importFile(write("virology_dev_am.csv", "q,a,b,c,d,A\nq,a,b,c,A\n"), "t"));
        assertEquals(2, columns.line());
        BadInputException answer = assertThrows(BadInputException.class,
                () -> mt.importFile(write("virology_test_am.csv", "q,a,b,c,d,E\n"), "t"));
        assertEquals(1, answer.line());
        assertEquals(0, new MemoryEntries(project.database()).count());
    }

    @Test
    void theRealGoogleTranslationOfVirologyDevLosesItsHtmlEntities() {
        Path file = SharedData.file("bridging_the_gap/mmlu_cm_ck_vir_mt/virology_dev_ig.csv");
        ImportedMachineDrafts mt = new ImportedMachineDrafts(project.database(), "en", Runnable::run);
        MachineDraftImport result = mt.importFile(file, "tester");
        assertEquals(5, result.rows());
        int withApostrophe = 0;
        for (int row = 1; row <= result.rows(); row++) {
            for (String field : MachineTranslationFile.FIELDS) {
                for (Draft d : mt.draftsFor("ig", "virology_dev#" + row, field)) {
                    assertFalse(d.text().contains("&#"), d.text());
                    withApostrophe += d.text().contains("'") ? 1 : 0;
                }
            }
        }
        assertTrue(withApostrophe > 0, "the file's &#39; became apostrophes");
    }

    @Test
    void theMemoryDrafterOffersTheBestMatchAboveSeventyFivePercentButNeverTheItemItself() {
        Item first = ProjectFixture.mcq(project, "q1", "Which vitamin is made in the skin?", "Vitamin D", "Vitamin C");
        Item second = ProjectFixture.mcq(project, "q2", "Which vitamin is made in the liver?", "Vitamin K", "Iron");
        ProjectFixture.translate(project, first, "question", "በቆዳ ውስጥ የሚሠራው የትኛው ቫይታሚን ነው?", TranslationStatus.APPROVED);
        MemoryDrafter drafter = MemoryDrafter.of(project, TranslationMemory.of(project), Runnable::run);

        List<Draft> drafts = drafter.draft(new DraftRequest("en", "am", second.field("question"),
                Map.of("item", "q2", "field", "question"))).join();
        assertEquals(1, drafts.size());
        assertEquals("tm", drafts.get(0).drafterId());
        assertEquals("በቆዳ ውስጥ የሚሠራው የትኛው ቫይታሚን ነው?", drafts.get(0).text());
        assertTrue(Integer.parseInt(drafts.get(0).provenance().get("percentage")) >= 75);

        assertEquals(List.of(), drafter.draft(new DraftRequest("en", "am", first.field("question"),
                Map.of("itemId", Long.toString(first.id()), "field", "question"))).join(), "not its own draft");
        assertEquals(List.of(), drafter.draft(new DraftRequest("en", "am", "Which mineral is stored in bone?",
                Map.of())).join(), "below 75% is no draft");
    }

    @Test
    void theProjectDraftersOfferMemoryAndMachineDraftsTogether() throws Exception {
        Item first = ProjectFixture.mcq(project, "virology_dev#1", "Which virus causes measles?", "Measles virus", "x");
        ProjectFixture.mcq(project, "virology_dev#2", "Which virus causes mumps?", "Mumps virus", "y");
        ProjectFixture.translate(project, first, "question", "ኩፍኝን የሚያመጣው የትኛው ቫይረስ ነው?", TranslationStatus.APPROVED);
        ImportedMachineDrafts.of(project, Runnable::run).importFile(
                write("virology_dev_am.csv", "q1,a,b,c,d,A\nማሽን ትርጉም,a,b,c,d,B\n"), "tester");
        Drafters drafters = Drafters.of(project, TranslationMemory.of(project), Runnable::run, null);
        assertEquals(List.of("tm", "imported-mt"), drafters.enabled().stream().map(d -> d.id()).toList());

        List<Draft> drafts = drafters.draftAll(new DraftRequest("en", "am", "Which virus causes mumps?",
                Map.of("item", "virology_dev#2", "field", "question"))).join();
        assertEquals(List.of("tm", "imported-mt"), drafts.stream().map(Draft::drafterId).toList());
        assertEquals("ማሽን ትርጉም", drafts.get(1).text());
        assertTrue(drafters.failures().isEmpty());
    }

    private static List<String> texts(List<Draft> drafts) {
        return drafts.stream().map(Draft::text).toList();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
