package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that would be stored wrong is refused with file, line and reason, or listed under --skip-bad-rows. */
class StrictInputTest {

    @TempDir
    Path dir;

    @Test
    void aWinograndeSentenceNeedsExactlyOneBlank() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "winogrande.csv", "qID,sentence,option1,option2,answer\n"
                    + "q1,Ian ate because _ was hungry.,Ian,Dennis,1\n"
                    + "q2,Ian ate because he was full.,Ian,Dennis,2\n"
                    + "q3,_ ate because _ was full.,Ian,Dennis,2\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("winogrande-csv")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(3, e.line());
            assertTrue(e.reason().contains("no '_' blank"), e.reason());
            assertTrue(p.items().byExternalId("q1").isEmpty(), "a failed import changes nothing");

            ImportReport r = Formats.importer("winogrande-csv").importFile(p, f, TestProjects.skipping(),
                    Progress.NONE);
            assertEquals(1, r.items().added());
            assertEquals(2, r.skipped().size());
            assertTrue(r.skipped().get(1).reason().contains("2 '_' blanks"), r.skipped().toString());
        }
    }

    @Test
    void aWinograndeJsonlSentenceNeedsExactlyOneBlank() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "winogrande.jsonl", "{\"qID\":\"q\",\"sentence\":\"No blank.\","
                    + "\"option1\":\"x\",\"option2\":\"y\",\"answer\":\"1\"}\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("winogrande-jsonl")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(1, e.line());
        }
    }

    @Test
    void aNumberTooLargeForADoubleIsRefused() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "items.jsonl", "{\"id\":\"a\",\"text\":\"fine\"}\n"
                    + "{\"id\":\"b\",\"score\":1e400,\"text\":\"big\"}\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("jsonl")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(2, e.line());
            assertTrue(e.reason().contains("'score'") && e.reason().contains("Infinity"), e.reason());
            assertTrue(p.items().byExternalId("a").isEmpty());

            Path w = TestProjects.write(dir, "winogrande.jsonl", "{\"qID\":\"q\",\"sentence\":\"A _ b.\","
                    + "\"option1\":\"x\",\"option2\":\"y\",\"answer\":\"1\",\"extra\":[-1e400]}\n");
            BadInputException e2 = assertThrows(BadInputException.class, () -> Formats.importer("winogrande-jsonl")
                    .importFile(p, w, ImportOptions.defaults(), Progress.NONE));
            assertTrue(e2.reason().contains("'extra[0]'"), e2.reason());
        }
    }
}
