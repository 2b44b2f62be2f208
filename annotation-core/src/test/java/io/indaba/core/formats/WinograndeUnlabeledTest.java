package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Winogrande test splits without labels: an empty answer or {@code 0} imports unlabeled and exports as written. */
class WinograndeUnlabeledTest {

    @TempDir
    Path dir;

    private static final String CSV = "qID,English Sentence,English Option 1,English Option 2,Answer,Split\n"
            + "t-1,Ian ate because _ was hungry.,Ian,Dennis,,test\n"
            + "t-2,Ian left because _ was late.,Ian,Dennis,0,test\n"
            + "t-3,Ian ran because _ was fast.,Ian,Dennis,2,dev\n";

    @Test
    void csvEmptyAndZeroAreUnlabeledAndExportAsWritten() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path in = TestProjects.write(dir, "wino_test.csv", CSV);
            Formats.importer("winogrande-csv").importFile(p, in, ImportOptions.defaults(), Progress.NONE);
            assertNull(p.items().byExternalId("t-1").orElseThrow().answer());
            assertNull(p.items().byExternalId("t-2").orElseThrow().answer());
            assertEquals("2", p.items().byExternalId("t-3").orElseThrow().answer());
            assertEquals(Map.of("winogrande", 2L), p.info().unlabeledByKind());
            Path out = dir.resolve("out.csv");
            Formats.exporter("winogrande-csv").export(p, new ExportOptions(out, null, null), Progress.NONE);
            assertEquals(CSV, Files.readString(out), "an empty cell stays empty, 0 stays 0");
        }
    }

    @Test
    void jsonlEmptyZeroAndNullAreUnlabeledAndExportAsWritten() throws Exception {
        String jsonl = "{\"qID\": \"j-1\", \"sentence\": \"The _ broke.\", \"option1\": \"cup\", \"option2\": \"plate\", "
                + "\"answer\": \"\"}\n{\"qID\": \"j-2\", \"sentence\": \"The _ held.\", \"option1\": \"cup\", "
                + "\"option2\": \"plate\", \"answer\": 0}\n{\"qID\": \"j-3\", \"sentence\": \"The _ fell.\", "
                + "\"option1\": \"cup\", \"option2\": \"plate\", \"answer\": \"0\"}\n";
        try (Project p = TestProjects.create(dir)) {
            Formats.importer("winogrande-jsonl").importFile(p, TestProjects.write(dir, "wino_test.jsonl", jsonl),
                    ImportOptions.defaults(), Progress.NONE);
            for (String id : new String[] {"j-1", "j-2", "j-3"}) {
                assertNull(p.items().byExternalId(id).orElseThrow().answer(), id);
            }
            Path out = dir.resolve("out.jsonl");
            Formats.exporter("winogrande-jsonl").export(p, new ExportOptions(out, null, null), Progress.NONE);
            String written = Files.readString(out);
            assertTrue(written.contains("\"answer\":\"\"") || written.contains("\"answer\": \"\""), written);
            assertTrue(written.matches("(?s).*\"answer\" ?: ?0[,}].*"), written);
            assertTrue(written.matches("(?s).*\"answer\" ?: ?\"0\".*"), written);
        }
    }

    @Test
    void bilingualCsvZeroIsUnlabeledAndAnyOtherAnswerIsStillRefused() throws Exception {
        String header = "qID,English Sentence,English Option 1,English Option 2,Amharic Sentence,Amharic Option 1,"
                + "Amharic Option 2,Answer,Split\n";
        try (Project p = TestProjects.create(dir)) {
            Path ok = TestProjects.write(dir, "winogrande_am.csv", header
                    + "b-1,Ian ate because _ was hungry.,Ian,Dennis,ኢያን _ ስለራበው በላ.,ኢያን,ዴኒስ,0,test\n");
            ImportReport r = Formats.importer("bilingual-csv").importFile(p, ok,
                    TestProjects.translation("am", "id"), Progress.NONE);
            assertEquals(1, r.items().added());
            assertNull(p.items().byExternalId("b-1").orElseThrow().answer());
            Path bad = TestProjects.write(dir, "bad_am.csv", header
                    + "b-2,Ian ate because _ was hungry.,Ian,Dennis,ኢያን _ ስለራበው በላ.,ኢያን,ዴኒስ,3,test\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("bilingual-csv")
                    .importFile(p, bad, TestProjects.translation("am", "id"), Progress.NONE));
            assertTrue(e.getMessage().contains("'3' is not 1 or 2"), e.getMessage());
            assertEquals(2, e.line());
        }
    }
}
