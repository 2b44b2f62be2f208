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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WinograndeCsvTest {

    private static final String ENGLISH = "qID,English Sentence,English Option 1,English Option 2,Answer,Split\n"
            + "q1-1,\"Ian ate, because _ was hungry.\",Ian,Dennis,1,dev\n"
            + "q1-2,Ian ate because _ was full.,Ian,Dennis,2.0,dev\n";
    private static final String BILINGUAL = "qID,English Sentence,English Option 1,English Option 2,Amharic Sentence,"
            + "Amharic Option 1,Amharic Option 2,Answer,Split\r\n"
            + "q1-1,\"Ian ate, because _ was hungry.\",Ian,Dennis,ኢያን _ ስለራበው በላ.,ኢያን,ዴኒስ,1,dev\r\n"
            + "q1-2,Ian ate because _ was full.,Ian,Dennis,ኢያን _ ስለጠገበ በላ.,ኢያን,ዴኒስ,2.0,dev";

    @TempDir
    Path dir;

    @Test
    void englishCsvBecomesItemsKeyedByQid() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "winogrande.csv", ENGLISH);
            assertEquals("winogrande-csv", Formats.detect(f).id());
            ImportReport r = Formats.importer("winogrande-csv").importFile(p, f, ImportOptions.defaults(),
                    Progress.NONE);
            assertEquals(2, r.items().added());
            Item two = p.items().byExternalId("q1-2").orElseThrow();
            assertEquals("2", two.answer(), "2.0 is read as 2");
            assertEquals("2.0", two.meta().get("answer.raw"), "and its spelling kept");
            assertEquals("dev", two.meta().get("split"));
            assertEquals("winogrande", two.collection());
            assertEquals("Ian ate because _ was full.", two.field("sentence"));
        }
    }

    @Test
    void bilingualCsvImportsBothSidesInOneGo() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "winogrande_am.csv", BILINGUAL);
            assertEquals("bilingual-csv", Formats.detect(f).id());
            ImportReport r = Formats.importer("bilingual-csv").importFile(p, f, ImportOptions.defaults(),
                    Progress.NONE);
            assertEquals(2, r.items().added());
            assertEquals(6, r.translations());
            Item one = p.items().byExternalId("q1-1").orElseThrow();
            Translation s = p.translations().forItem(one.id(), "am").get("sentence");
            assertEquals("ኢያን _ ስለራበው በላ.", s.text());
            assertEquals(Origin.IMPORTED, p.translations().history(s.id()).getFirst().origin());
        }
    }

    @Test
    void languageComesFromTheHeaderWhenTheNameHasNone() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "delivery.csv", BILINGUAL.replace("Amharic", "Bambara"));
            Formats.importer("bilingual-csv").importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            Item one = p.items().byExternalId("q1-1").orElseThrow();
            assertEquals(3, p.translations().forItem(one.id(), "bm").size());
        }
    }

    @Test
    void nameAndHeaderThatDisagreeAreRefused() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "winogrande_ig.csv", BILINGUAL);
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("bilingual-csv")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertTrue(e.reason().contains("pass --target-lang"), e.reason());
            assertEquals(0, p.itemCount());
        }
    }

    @Test
    void backTranslationFolderKeepsItApartFromTheTranslation() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Formats.importer("bilingual-csv").importFile(p, TestProjects.write(dir, "winogrande_am.csv", BILINGUAL),
                    ImportOptions.defaults(), Progress.NONE);
            Path bt = TestProjects.write(dir, "winogrande_s_bt/winogrande_am.csv",
                    BILINGUAL.replace("ኢያን _ ስለራበው በላ.", "Because he was hungry Ian ate."));
            Formats.importer("bilingual-csv").importFile(p, bt, ImportOptions.defaults(), Progress.NONE);
            Item one = p.items().byExternalId("q1-1").orElseThrow();
            assertEquals("ኢያን _ ስለራበው በላ.", p.translations().forItem(one.id(), "am").get("sentence").text());
            assertEquals("Because he was hungry Ian ate.",
                    p.translations().forItem(one.id(), "en-x-bt-am").get("sentence").text());
        }
    }

    @Test
    void duplicateQidAndBadAnswerAreBadRows() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "winogrande.csv", ENGLISH + "q1-1,again _,a,b,1,dev\nq3,x _,a,b,3,dev\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("winogrande-csv")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(5, e.line());
            assertEquals(0, p.itemCount());
            ImportReport r = Formats.importer("winogrande-csv").importFile(p, f, TestProjects.skipping(),
                    Progress.NONE);
            assertEquals(2, r.items().added());
            assertEquals(Map.of(4L, true, 5L, true), Map.of(r.skipped().get(0).line(), true,
                    r.skipped().get(1).line(), true));
        }
    }

    @Test
    void bothExportsReproduceTheirFilesExactly() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path en = TestProjects.write(dir, "in/winogrande.csv", ENGLISH);
            Path am = TestProjects.write(dir, "in/winogrande_am.csv", BILINGUAL);
            Formats.importer("winogrande-csv").importFile(p, en, ImportOptions.defaults(), Progress.NONE);
            Formats.importer("bilingual-csv").importFile(p, am, ImportOptions.defaults(), Progress.NONE);
            Path outEn = dir.resolve("out/winogrande.csv");
            Path outAm = dir.resolve("out/winogrande_am.csv");
            Formats.exporter("winogrande-csv").export(p, new ExportOptions(outEn, null, null), Progress.NONE);
            Formats.exporter("bilingual-csv").export(p, new ExportOptions(outAm, "am", null), Progress.NONE);
            assertEquals(Files.readString(en), Files.readString(outEn));
            assertEquals(Files.readString(am), Files.readString(outAm));
        }
    }

    @Test
    void bilingualExportForAFreshLanguageLeavesTargetColumnsEmpty() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Formats.importer("winogrande-csv").importFile(p, TestProjects.write(dir, "winogrande.csv", ENGLISH),
                    ImportOptions.defaults(), Progress.NONE);
            Path out = dir.resolve("winogrande_zu.csv");
            ExportReport r = Formats.exporter("bilingual-csv").export(p, new ExportOptions(out, "zu", null),
                    Progress.NONE);
            String text = Files.readString(out);
            assertTrue(text.startsWith("qID,English Sentence,English Option 1,English Option 2,Zulu Sentence,Zulu "
                    + "Option 1,Zulu Option 2,Answer,Split\n"), text);
            assertTrue(text.contains("q1-2,Ian ate because _ was full.,Ian,Dennis,,,,2.0,dev\n"), text);
            assertEquals(1, r.notes().size());
        }
    }
}
