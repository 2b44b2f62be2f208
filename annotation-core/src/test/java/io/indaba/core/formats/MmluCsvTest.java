package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmluCsvTest {

    private static final String ENGLISH = "What is 2+2?,3,4,5,6,B\r\n\"Pick \"\"one\"\", please\",a,b,c,d,A\r\n"
            + "Third,x,y,z,w,D";
    private static final String AMHARIC = "2+2 ስንት ነው?,3,4,5,6,B\nአንዱን ምረጥ,ሀ,ለ,ሐ,መ,A\nሦስተኛ,x,y,z,w,D\n";

    @TempDir
    Path dir;

    private final Importer importer = new MmluCsvImporter();

    @Test
    void importsEnglishItemsWithIdsSubjectAndSplitFromTheName() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "virology_dev.csv", ENGLISH);
            ImportReport r = importer.importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            assertEquals(3, r.items().added());
            Item second = p.items().byExternalId("virology_dev#2").orElseThrow();
            assertEquals("Pick \"one\", please", second.field("question"));
            assertEquals("A", second.answer());
            assertEquals("virology_dev", second.collection());
            assertEquals(2, second.position());
            assertEquals("virology", second.meta().get("subject"));
            assertEquals("dev", second.meta().get("split"));
        }
    }

    @Test
    void translatedFileAttachesByPositionAsImportedTranslations() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            importer.importFile(p, TestProjects.write(dir, "virology_dev.csv", ENGLISH), ImportOptions.defaults(),
                    Progress.NONE);
            ImportReport r = importer.importFile(p, TestProjects.write(dir, "virology_dev_am.csv", AMHARIC),
                    TestProjects.translation(null, "position"), Progress.NONE);
            assertEquals(15, r.translations());
            assertEquals(0, r.items().total());
            Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
            Translation q = p.translations().forItem(first.id(), "am").get("question");
            assertEquals("2+2 ስንት ነው?", q.text());
            assertEquals(TranslationStatus.TRANSLATED, q.status());
            assertEquals(Origin.IMPORTED, p.translations().history(q.id()).getFirst().origin());
            assertEquals(3, p.itemCount(), "a translation adds no items");
        }
    }

    @Test
    void reimportingTheSameTranslationAddsNoRevision() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            importer.importFile(p, TestProjects.write(dir, "virology_dev.csv", ENGLISH), ImportOptions.defaults(),
                    Progress.NONE);
            Path am = TestProjects.write(dir, "virology_dev_am.csv", AMHARIC);
            importer.importFile(p, am, TestProjects.translation(null, "id"), Progress.NONE);
            ImportReport again = importer.importFile(p, am, TestProjects.translation(null, "id"), Progress.NONE);
            assertEquals(0, again.translations());
        }
    }

    @Test
    void explicitLanguageMakesAnyNamedFileATranslation() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            importer.importFile(p, TestProjects.write(dir, "virology_dev.csv", ENGLISH), ImportOptions.defaults(),
                    Progress.NONE);
            Path f = TestProjects.write(dir, "other/virology_dev.csv", AMHARIC);
            importer.importFile(p, f, TestProjects.translation("am", "id"), Progress.NONE);
            Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
            assertEquals("2+2 ስንት ነው?", p.translations().forItem(first.id(), "am").get("question").text());
        }
    }

    @Test
    void translationWithoutItsEnglishTwinIsAClearError() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            BadInputException e = assertThrows(BadInputException.class, () -> importer.importFile(p,
                    TestProjects.write(dir, "virology_dev_am.csv", AMHARIC), TestProjects.translation(null, "id"),
                    Progress.NONE));
            assertTrue(e.reason().contains("import the English file (virology_dev) first"), e.reason());
        }
    }

    @Test
    void answerMismatchRejectsTheWholeFileUnlessSkipping() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            importer.importFile(p, TestProjects.write(dir, "virology_dev.csv", ENGLISH), ImportOptions.defaults(),
                    Progress.NONE);
            Path am = TestProjects.write(dir, "virology_dev_am.csv", AMHARIC.replace("መ,A", "መ,C"));
            BadInputException e = assertThrows(BadInputException.class,
                    () -> importer.importFile(p, am, TestProjects.translation(null, "position"), Progress.NONE));
            assertEquals(2, e.line());
            assertEquals(Map.of(), p.translations().countsByLanguage(), "nothing kept");
            ImportReport r = importer.importFile(p, am, new ImportOptions(null, true, null, "position", "t"),
                    Progress.NONE);
            assertEquals(1, r.skipped().size());
            assertEquals(2, r.skipped().getFirst().line());
            assertEquals(10, r.translations());
        }
    }

    @Test
    void badRowAbortsEverythingByDefaultAndIsListedWhenSkipping() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "anatomy_test.csv", "q1,a,b,c,d,A\nq2,a,b,c,d,E\nq3,a,b,c\nq4,a,b,c,d,2\n");
            BadInputException e = assertThrows(BadInputException.class,
                    () -> importer.importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(2, e.line());
            assertEquals(f, e.file());
            assertEquals(0, p.itemCount());
            ImportReport r = importer.importFile(p, f, TestProjects.skipping(), Progress.NONE);
            assertEquals(1, r.items().added());
            assertEquals(3, r.skipped().size());
            assertEquals(3, r.skipped().get(1).line());
            assertTrue(r.skipped().get(1).reason().contains("expected 6 columns"));
        }
    }

    @Test
    void newerEnglishVersionMarksTranslationsSourceChanged() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path en = TestProjects.write(dir, "virology_dev.csv", ENGLISH);
            importer.importFile(p, en, ImportOptions.defaults(), Progress.NONE);
            importer.importFile(p, TestProjects.write(dir, "virology_dev_am.csv", AMHARIC),
                    TestProjects.translation(null, "id"), Progress.NONE);
            Files.writeString(en, ENGLISH.replace("What is 2+2?", "What is two plus two?"));
            ImportReport r = importer.importFile(p, en, ImportOptions.defaults(), Progress.NONE);
            assertEquals(1, r.items().changed());
            assertEquals(2, r.items().unchanged());
            assertEquals(5, p.translations().sourceChangedCount("am"), "the five fields of the changed item");
        }
    }

    @Test
    void fileNamesThatAreNotMmluAreRefusedWithAReason() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "questions.csv", ENGLISH);
            BadInputException e = assertThrows(BadInputException.class,
                    () -> importer.importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertTrue(e.reason().contains("<subject>_<split>"));
            assertEquals(0, importer.confidence(f, Files.readAllBytes(f)));
        }
    }

    @Test
    void exportWritesTheFilesBackByteForByte() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path en = TestProjects.write(dir, "in/virology_dev.csv", ENGLISH);
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            Path am = TestProjects.write(dir, "in/virology_dev_am.csv", bom, AMHARIC.replace(",", ";")
                    .replace("\n", "\r\n").replace("B\r\n", "2.0\r\n"), StandardCharsets.UTF_8);
            importer.importFile(p, en, ImportOptions.defaults(), Progress.NONE);
            // the answer spelled 2.0 is not a letter: a translated MMLU answer must still be A-D
            assertThrows(BadInputException.class,
                    () -> importer.importFile(p, am, TestProjects.translation(null, "id"), Progress.NONE));
            Files.write(am, Files.readString(am).replace("2.0", "b").getBytes(StandardCharsets.UTF_8));
            importer.importFile(p, am, TestProjects.translation(null, "id"), Progress.NONE);
            Exporter exporter = new MmluCsvExporter();
            Path out = dir.resolve("out");
            exporter.export(p, new ExportOptions(out, null, null), Progress.NONE);
            ExportReport r = exporter.export(p, new ExportOptions(out, "am", null), Progress.NONE);
            assertEquals(3, r.records());
            assertArrayEquals(Files.readAllBytes(en), Files.readAllBytes(out.resolve("virology_dev.csv")));
            assertArrayEquals(Files.readAllBytes(am), Files.readAllBytes(out.resolve("virology_dev_am.csv")));
        }
    }
}
