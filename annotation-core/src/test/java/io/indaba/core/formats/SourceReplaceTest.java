package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.SourceRevision;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import never silently rewrites what a stored item is, and a replaced source stays in the item's history. */
class SourceReplaceTest {

    @TempDir
    Path dir;

    private Project mmlu() throws Exception {
        Project p = TestProjects.create(dir);
        Formats.importer("mmlu-csv").importFile(p, TestProjects.write(dir, "virology_dev.csv",
                "What is a virus?,a,b,c,d,B\n"), ImportOptions.defaults(), Progress.NONE);
        return p;
    }

    @Test
    void aClashingIdThatWouldChangeTheKindIsRefused() throws Exception {
        try (Project p = mmlu()) {
            Path f = TestProjects.write(dir, "other.jsonl", "{\"id\":\"ok\",\"text\":\"fine\"}\n"
                    + "{\"id\":\"virology_dev#1\",\"text\":\"x\"}\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("jsonl")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(2, e.line());
            assertTrue(e.reason().contains("mcq") && e.reason().contains("--replace-source"), e.reason());
            Item item = p.items().byExternalId("virology_dev#1").orElseThrow();
            assertEquals(ItemKind.MCQ, item.kind());
            assertEquals("B", item.answer());
            assertTrue(p.items().byExternalId("ok").isEmpty(), "a failed import changes nothing");
        }
    }

    @Test
    void aChangedAnswerKeyIsRefusedInCsvToo() throws Exception {
        try (Project p = mmlu()) {
            Path f = TestProjects.write(dir, "v2/virology_dev.csv", "What is a virus?,a,b,c,d,C\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("mmlu-csv")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(1, e.line());
            assertEquals("B", p.items().byExternalId("virology_dev#1").orElseThrow().answer());
        }
    }

    @Test
    void replaceSourceReplacesAndKeepsThePreviousSource() throws Exception {
        try (Project p = mmlu()) {
            Path f = TestProjects.write(dir, "other.jsonl", "{\"id\":\"virology_dev#1\",\"text\":\"x\"}\n");
            ImportReport r = Formats.importer("jsonl").importFile(p, f, ImportOptions.defaults().replacingSource(),
                    Progress.NONE);
            assertEquals(1, r.items().changed());
            Item item = p.items().byExternalId("virology_dev#1").orElseThrow();
            assertEquals(ItemKind.TEXT, item.kind());
            List<SourceRevision> history = p.items().sourceHistory().of(item.id());
            assertEquals(1, history.size());
            assertEquals(ItemKind.MCQ, history.getFirst().kind());
            assertEquals("What is a virus?", history.getFirst().fields().get("question"));
            assertEquals("B", history.getFirst().answer());
        }
    }

    @Test
    void aTextUpdateIsAllowedAndKeepsHistory() throws Exception {
        try (Project p = mmlu()) {
            Path f = TestProjects.write(dir, "v2/virology_dev.csv", "What is a virus exactly?,a,b,c,d,B\n");
            ImportReport r = Formats.importer("mmlu-csv").importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            assertEquals(1, r.items().changed());
            Item item = p.items().byExternalId("virology_dev#1").orElseThrow();
            assertEquals("What is a virus?", p.items().sourceHistory().of(item.id()).getFirst().fields()
                    .get("question"));
        }
    }

    @Test
    void aRepeatedIdInOneJsonlFileIsAnError() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "twice.jsonl", "{\"id\":\"a\",\"text\":\"one\"}\n"
                    + "{\"id\":\"a\",\"text\":\"two\"}\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("jsonl")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(2, e.line());
            assertTrue(e.reason().contains("repeats line 1"), e.reason());
            assertTrue(p.items().byExternalId("a").isEmpty());
        }
    }

    @Test
    void aRepeatedKeyInOneRecordIsAnError() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "keys.jsonl", "{\"id\":\"a\",\"text\":\"one\",\"text\":\"two\"}\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("jsonl")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(1, e.line());
            assertTrue(e.reason().contains("'text' appears twice"), e.reason());
            Path w = TestProjects.write(dir, "keys2.jsonl", "{\"qID\":\"q\",\"sentence\":\"A _ b.\",\"option1\":"
                    + "\"x\",\"option2\":\"y\",\"answer\":\"1\",\"answer\":\"2\"}\n");
            BadInputException e2 = assertThrows(BadInputException.class, () -> Formats.importer("winogrande-jsonl")
                    .importFile(p, w, ImportOptions.defaults(), Progress.NONE));
            assertTrue(e2.reason().contains("'answer' appears twice"), e2.reason());
        }
    }
}
