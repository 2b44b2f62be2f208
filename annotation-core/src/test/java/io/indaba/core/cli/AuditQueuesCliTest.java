package io.indaba.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.store.Json;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indaba audit queues}: k reviewers per translated item from Team profiles, shown per reviewer. */
class AuditQueuesCliTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Path project() {
        Path file = dir.resolve("q.indaba");
        try (Project p = Project.create(file, new ProjectSettings("Q", "en", List.of("sw")), "lead")) {
            List<Item> items = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                items.add(Item.of("q" + i, ItemKind.MCQ, "en", "t", i, Map.of("question", "Q" + i, "A", "a", "B", "b"),
                        "A", Map.of()));
            }
            p.items().importAll(items.iterator(), "lead", "test", Progress.NONE);
            for (int i = 1; i <= 4; i++) {
                Item item = p.items().byExternalId("q" + i).orElseThrow();
                p.translations().save(new Translations.Change(item.id(), "question", "sw", "S" + i,
                        TranslationStatus.TRANSLATED, Origin.HUMAN, "tr", item.sourceHash(), null));
            }
            for (String r : List.of("amina", "baraka", "chiku")) {
                p.annotators().save(new Annotator(r, r, Map.of("sw", Proficiency.NATIVE)), "lead");
            }
        }
        return file;
    }

    @Test
    void assignsKReviewersPerItemAndListsEachQueue() throws Exception {
        Path p = project();
        Result assigned = run("audit", "queues", p.toString(), "--lang", "sw", "--assign", "--k", "3");
        assertEquals(0, assigned.code(), assigned.err());
        assertTrue(assigned.out().contains("added 12 assignments (3 reviewers per item)"), assigned.out());
        Result json = run("audit", "queues", p.toString(), "--lang", "sw", "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = Json.MAPPER.readTree(json.out());
        assertEquals(3, root.get("k").asInt(), "k is saved as the project's setting");
        assertEquals(3, root.get("queues").size());
        assertEquals(4, root.get("queues").get(0).get("left").asInt());
        Result cleared = run("audit", "queues", p.toString(), "--lang", "sw", "--clear");
        assertTrue(cleared.out().contains("removed 12 assignments"), cleared.out());
    }

    @Test
    void tooFewReviewersIsAClearMessage() {
        Path p = project();
        Result r = run("audit", "queues", p.toString(), "--lang", "sw", "--assign", "--k", "5");
        assertTrue(r.code() != 0, r.out());
        assertTrue(r.err().contains("3 profile(s) read sw"), r.err());
        assertTrue(!r.err().contains("Exception"), "no stack trace: " + r.err());
    }
}
