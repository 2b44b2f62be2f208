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
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file in the source layout that holds a translation attaches as translations and never replaces the English. */
class TranslatedBenchmarkImportTest {

    private static final String ENGLISH = "qID,Sentence,Option1,Option2,Answer\n"
            + "q1-1,Ian ate because _ was hungry.,Ian,Dennis,1\n"
            + "q1-2,Ian ate because _ was full.,Ian,Dennis,2\n";
    private static final String AMHARIC = "qID,Sentence,Option1,Option2,Answer\n"
            + "q1-1,ኢያን _ ስለራበው በላ.,ኢያን,ዴኒስ,1\n"
            + "q1-2,ኢያን _ ስለጠገበ በላ.,ኢያን,ዴኒስ,2\n";
    private static final String BAMBARA = "qID,Sentence,Option1,Option2,Answer\n"
            + "q1-1,Ian ye dumuni kɛ _ kɔngɔ.,Ian,Dennis,1\n"
            + "q1-2,Ian ye dumuni kɛ _ fa.,Ian,Dennis,2\n";

    @TempDir
    Path dir;

    private Project english() throws IOException {
        Project p = TestProjects.create(dir);
        Formats.importer("winogrande-csv").importFile(p, TestProjects.write(dir, "winogrande.csv", ENGLISH),
                ImportOptions.defaults(), Progress.NONE);
        return p;
    }

    @Test
    void aFileNamedForALanguageAttachesAsTranslations() throws Exception {
        try (Project p = english()) {
            Path am = TestProjects.write(dir, "winogrande_am.csv", AMHARIC);
            ImportReport r = Formats.importer("winogrande-csv").importFile(p, am, ImportOptions.defaults(),
                    Progress.NONE);
            assertEquals(0, r.items().changed());
            assertEquals(6, r.translations());
            Item one = p.items().byExternalId("q1-1").orElseThrow();
            assertEquals("Ian ate because _ was hungry.", one.field("sentence"), "the English stays");
            assertEquals("ኢያን _ ስለራበው በላ.", p.translations().forItem(one.id(), "am").get("sentence").text());

            Path bm = TestProjects.write(dir, "winogrande_bm.csv", BAMBARA);
            Formats.importer("winogrande-csv").importFile(p, bm, ImportOptions.defaults(), Progress.NONE);
            one = p.items().byExternalId("q1-1").orElseThrow();
            assertEquals("Ian ate because _ was hungry.", one.field("sentence"));
            assertEquals("Ian ye dumuni kɛ _ kɔngɔ.", p.translations().forItem(one.id(), "bm").get("sentence").text());
            assertEquals("ኢያን _ ስለራበው በላ.", p.translations().forItem(one.id(), "am").get("sentence").text());
        }
    }

    @Test
    void targetLangMakesAnyOneLanguageFileATranslation() throws Exception {
        try (Project p = english()) {
            Path f = TestProjects.write(dir, "delivery.csv", AMHARIC);
            ImportReport r = Formats.importer("winogrande-csv").importFile(p, f,
                    TestProjects.translation("am", "id"), Progress.NONE);
            assertEquals(6, r.translations());
            Item one = p.items().byExternalId("q1-1").orElseThrow();
            assertEquals("Ian ate because _ was hungry.", one.field("sentence"));
        }
    }

    @Test
    void sourceTextInAnotherScriptIsRefusedAndNothingChanges() throws Exception {
        try (Project p = english()) {
            Path f = TestProjects.write(dir, "delivery.csv", AMHARIC);
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("winogrande-csv")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertTrue(e.reason().contains("Ethiopic") && e.reason().contains("--target-lang"), e.reason());
            assertEquals(2, e.line());
            assertEquals("Ian ate because _ was hungry.",
                    p.items().byExternalId("q1-1").orElseThrow().field("sentence"));
        }
    }

    @Test
    void winograndeJsonlWithTargetLangAttachesTranslations() throws Exception {
        try (Project p = english()) {
            Path f = TestProjects.write(dir, "winogrande.jsonl",
                    "{\"qID\":\"q1-1\",\"sentence\":\"ኢያን _ ስለራበው በላ.\",\"option1\":\"ኢያን\",\"option2\":\"ዴኒስ\","
                            + "\"answer\":\"1\"}\n");
            ImportReport r = Formats.importer("winogrande-jsonl").importFile(p, f,
                    TestProjects.translation("am", "id"), Progress.NONE);
            assertEquals(3, r.translations());
            Item one = p.items().byExternalId("q1-1").orElseThrow();
            assertEquals("Ian ate because _ was hungry.", one.field("sentence"));
            assertEquals("ኢያን", p.translations().forItem(one.id(), "am").get("option1").text());
        }
    }

    @Test
    void mmluHfWithTargetLangAttachesTranslations() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path en = TestProjects.write(dir, "virology_dev.jsonl", "{\"question\":\"What is a virus?\","
                    + "\"subject\":\"virology\",\"choices\":[\"a\",\"b\",\"c\",\"d\"],\"answer\":1}\n");
            Formats.importer("mmlu-hf").importFile(p, en, ImportOptions.defaults(), Progress.NONE);
            Path am = TestProjects.write(dir, "am/virology_dev.jsonl", "{\"question\":\"ቫይረስ ምንድን ነው?\","
                    + "\"subject\":\"virology\",\"choices\":[\"ሀ\",\"ለ\",\"ሐ\",\"መ\"],\"answer\":1}\n");
            ImportReport r = Formats.importer("mmlu-hf").importFile(p, am, TestProjects.translation("am", "id"),
                    Progress.NONE);
            assertEquals(5, r.translations());
            Item item = p.items().byExternalId("virology_dev#1").orElseThrow();
            assertEquals("What is a virus?", item.field("question"));
        }
    }

    @Test
    void reimportingUnchangedCsvTranslationsKeepsTheirStatus() throws Exception {
        try (Project p = english()) {
            Path am = TestProjects.write(dir, "winogrande_am.csv", AMHARIC);
            Formats.importer("winogrande-csv").importFile(p, am, ImportOptions.defaults(), Progress.NONE);
            Item one = p.items().byExternalId("q1-1").orElseThrow();
            Translation t = p.translations().forItem(one.id(), "am").get("sentence");
            p.translations().setStatus(t.id(), TranslationStatus.APPROVED, "lead", "checked");

            ImportReport again = Formats.importer("winogrande-csv").importFile(p, am, ImportOptions.defaults(),
                    Progress.NONE);
            assertEquals(0, again.translations());
            assertEquals(TranslationStatus.APPROVED, p.translations().forItem(one.id(), "am").get("sentence").status());
        }
    }
}
