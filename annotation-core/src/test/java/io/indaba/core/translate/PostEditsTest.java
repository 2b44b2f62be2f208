package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.cli.Main;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import io.indaba.plugin.Draft;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translation started from a machine draft remembers it, so post-editing can be measured. */
class PostEditsTest {

    @TempDir
    Path dir;

    @Test
    void aSavedTextRecordsItsDraftAndTheEditsAreCountedPerOrigin() {
        try (Project p = ProjectFixture.create(dir)) {
            Item item = ProjectFixture.mcq(p, "virology_dev#1", "What is a virus?", "A germ", "A plant");
            DraftSource llm = DraftSource.of(new Draft("ቫይረስ ምንድን ነው?", "llm", "gemma", Map.of()));
            assertEquals("mt:llm:gemma", llm.origin(), "a live draft is named as pretranslate stores it");
            DraftSource file = DraftSource.of(new Draft("ጀርም", ImportedMachineDrafts.ID, "virology_dev_am.csv",
                    Map.of("origin", "mt:virology_dev_am.csv")));
            assertEquals("mt:virology_dev_am.csv", file.origin(), "a stored draft keeps the origin it was stored with");

            // taken as it was, then edited and saved again: the second save still names the draft
            save(p, item, "question", "ቫይረስ ምንድን ነው?", Origin.MT, llm);
            Translation t = save(p, item, "question", "ቫይረስ ምንድነው?", Origin.HUMAN, llm);
            save(p, item, "A", "ጀርም", Origin.MT, file);
            save(p, item, "B", "ተክል", Origin.HUMAN, null);

            List<Revision> history = p.translations().history(t.id());
            assertEquals(llm, history.get(0).draft());
            assertEquals("ቫይረስ ምንድን ነው?", history.get(1).draft().text());
            assertNull(p.translations().history(p.translations().forItem(item.id(), "am").get("B").id()).get(0)
                    .draft());

            List<PostEdits.Field> fields = PostEdits.of(p.database(), "am");
            assertEquals(2, fields.size(), "the field typed from scratch is not a post-edit");
            PostEdits.Field question = fields.stream().filter(f -> f.field().equals("question")).findFirst()
                    .orElseThrow();
            assertEquals(2, question.edits(), "a letter and a space deleted");
            assertEquals(2.0 / 13, question.ratio(), 1e-9);
            assertEquals(List.of(new PostEdits.Summary("mt:virology_dev_am.csv", 1, 1, 0.0),
                    new PostEdits.Summary("mt:llm:gemma", 1, 0, 2.0 / 13)),
                    PostEdits.summarize(fields).stream().sorted((a, b) -> -a.origin().compareTo(b.origin()))
                            .toList());
        }
    }

    @Test
    void statsPostEditReportsPerOrigin() throws Exception {
        Path file;
        try (Project p = ProjectFixture.create(dir)) {
            file = p.file();
            Item item = ProjectFixture.mcq(p, "virology_dev#1", "What is a virus?", "A germ", "A plant");
            save(p, item, "A", "ጀርም", Origin.MT, new DraftSource("mt:virology_dev_am.csv", "ጀርም"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"stats", file.toString(), "--post-edit", "--lang", "am", "--json"},
                new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        JsonNode json = Json.MAPPER.readTree(out.toString());
        assertEquals("mt:virology_dev_am.csv", json.get("origins").get(0).get("origin").asText());
        assertEquals(1, json.get("origins").get(0).get("unedited").asInt());
        assertEquals("A", json.get("fields").get(0).get("field").asText());

        StringWriter none = new StringWriter();
        assertEquals(Main.FAILED, Main.run(new String[] {"stats", file.toString(), "--post-edit"},
                new PrintWriter(none, true), new PrintWriter(none, true)));
        assertTrue(none.toString().contains("--post-edit needs --lang"), none.toString());
    }

    @Test
    void editDistanceCountsCodePointsNotUtf16Units() {
        assertEquals(0, PostEdits.distance("𝄞ab", "𝄞ab"));
        assertEquals(1, PostEdits.distance("𝄞ab", "ab"));
        assertEquals(3, PostEdits.distance("kitten", "sitting"));
        assertEquals(4, PostEdits.distance("", "ቫይረስ"));
    }

    private static Translation save(Project p, Item item, String field, String text, Origin origin,
                                    DraftSource draft) {
        return p.translations().save(new Translations.Change(item.id(), field, "am", text,
                TranslationStatus.TRANSLATED, origin, "abebe", item.sourceHash(), null, draft));
    }
}
