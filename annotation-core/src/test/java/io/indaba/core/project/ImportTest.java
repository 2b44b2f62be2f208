package io.indaba.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.formats.Formats;
import io.indaba.core.formats.ImportOptions;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports through the store: counts, repeated ids, and all-or-nothing on bad input. */
class ImportTest {

    @TempDir
    Path dir;

    @Test
    void aLargeImportAddsEveryItemInOrder() {
        try (Project p = TestProjects.create(dir.resolve("large.indaba"), 0)) {
            ImportSummary s = p.items().importAll(TestProjects.items("big", 7_001, "v1").iterator(),
                    TestProjects.ACTOR, "test", Progress.NONE);

            assertEquals(new ImportSummary(7_001, 0, 0), s);
            assertEquals(7_001, p.itemCount());
            assertEquals(7_000, p.items().byExternalId("big-7000").orElseThrow().position());
        }
    }

    @Test
    void anIdRepeatedInOneInputKeepsItsLastVersion() {
        List<Item> items = new ArrayList<>(TestProjects.items("r", 3, "v1"));
        items.add(TestProjects.items("r", 2, "v2").get(1));
        items.add(TestProjects.items("r", 1, "v1").get(0));

        try (Project p = TestProjects.create(dir.resolve("repeat.indaba"), 0)) {
            ImportSummary s = p.items().importAll(items.iterator(), TestProjects.ACTOR, "test", Progress.NONE);

            assertEquals(new ImportSummary(3, 1, 1), s);
            assertEquals(3, p.itemCount());
            assertTrue(p.items().byExternalId("r-1").orElseThrow().field("question").contains("(v2)"));
        }
    }

    @Test
    void aBadLineDeepInAJsonlFileKeepsNothingAndNamesTheLine() throws IOException {
        Path file = dir.resolve("items.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 5_000; i++) {
            text.append(i == 4_321 ? "{\"id\": \"x\", \"question\": \n" : "{\"id\":\"j" + i + "\",\"question\":\"Q" + i + "\"}\n");
        }
        Files.writeString(file, text);

        try (Project p = TestProjects.create(dir.resolve("bad-line.indaba"), 2)) {
            long events = p.events().count();
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("jsonl")
                    .importFile(p, file, ImportOptions.defaults(), Progress.NONE));

            assertEquals(4_321, e.line());
            assertEquals(2, p.itemCount());
            assertEquals(events, p.events().count());
        }
    }
}
