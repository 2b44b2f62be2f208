package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An XLIFF file lands only in the language it is for, and a dropped state never downgrades unchanged text. */
class XliffSafetyTest {

    @TempDir
    Path dir;

    private Project approved() throws Exception {
        Project p = TestProjects.create(dir);
        Formats.importer("mmlu-csv").importFile(p, TestProjects.write(dir, "virology_dev.csv",
                "What is 2+2?,3,4,5,6,B\n"), ImportOptions.defaults(), Progress.NONE);
        Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
        p.translations().save(new Translations.Change(first.id(), "question", "am", "2+2 ስንት ነው?",
                TranslationStatus.APPROVED, Origin.HUMAN, "abebe", first.sourceHash(), null));
        return p;
    }

    private static String xliff2(String lang, String state) {
        return "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                + "srcLang=\"en\" trgLang=\"" + lang + "\">\n<file id=\"f\"><unit id=\"virology_dev#1\">"
                + "<segment id=\"question\"" + (state == null ? "" : " state=\"" + state + "\"")
                + "><source>What is 2+2?</source><target>2+2 ስንት ነው?</target></segment></unit></file></xliff>\n";
    }

    private static String xliff12(String lang, String text) {
        return "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "<file original=\"x\" source-language=\"en\" target-language=\"" + lang + "\" datatype=\"plaintext\">"
                + "<body><trans-unit id=\"virology_dev#1/question\"><source>What is 2+2?</source><target>" + text
                + "</target></trans-unit></body></file></xliff>\n";
    }

    private TranslationStatus status(Project p, String lang) {
        Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
        return p.translations().forItem(first.id(), lang).get("question").status();
    }

    @Test
    void aFileWithoutStatesKeepsTheStatusOfUnchangedTargets() throws Exception {
        try (Project p = approved()) {
            Path v2 = TestProjects.write(dir, "back2.xlf", xliff2("am", null));
            assertEquals(0, Formats.importer("xliff").importFile(p, v2, ImportOptions.defaults(), Progress.NONE)
                    .translations());
            Path v12 = TestProjects.write(dir, "back12.xlf", xliff12("am", "2+2 ስንት ነው?"));
            assertEquals(0, Formats.importer("xliff").importFile(p, v12, ImportOptions.defaults(), Progress.NONE)
                    .translations());
            assertEquals(TranslationStatus.APPROVED, status(p, "am"));
        }
    }

    @Test
    void aStatedStateStillApplies() throws Exception {
        try (Project p = approved()) {
            Path f = TestProjects.write(dir, "back.xlf", xliff2("am", "translated"));
            Formats.importer("xliff").importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            assertEquals(TranslationStatus.TRANSLATED, status(p, "am"));
        }
    }

    @Test
    void aFileLabelledForAnotherLanguageDoesNotOverwriteWithTargetLang() throws Exception {
        try (Project p = approved()) {
            Path f = TestProjects.write(dir, "fr.xlf", xliff12("fr", "Combien font 2+2 ?"));
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("xliff")
                    .importFile(p, f, TestProjects.translation("am", null), Progress.NONE));
            assertTrue(e.reason().contains("fr") && e.reason().contains("--relabel-lang"), e.reason());
            assertEquals(TranslationStatus.APPROVED, status(p, "am"));

            ImportOptions relabel = new ImportOptions("am", false, null, null, "tester", false, true);
            Formats.importer("xliff").importFile(p, f, relabel, Progress.NONE);
            assertEquals(TranslationStatus.TRANSLATED, status(p, "am"));
        }
    }

    @Test
    void aLanguageTheProjectDoesNotTranslateIntoIsRefusedUnlessNamed() throws Exception {
        try (Project p = approved()) {
            Path f = TestProjects.write(dir, "fr.xlf", xliff12("fr", "Combien font 2+2 ?"));
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("xliff")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertTrue(e.reason().contains("not one of this project's"), e.reason());
            Item first = p.items().byExternalId("virology_dev#1").orElseThrow();
            assertTrue(p.translations().forItem(first.id(), "fr").isEmpty());

            Formats.importer("xliff").importFile(p, f, TestProjects.translation("fr", null), Progress.NONE);
            assertEquals(TranslationStatus.TRANSLATED, status(p, "fr"));
        }
    }
}
