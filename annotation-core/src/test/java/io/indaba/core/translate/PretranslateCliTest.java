package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.cli.Main;
import io.indaba.core.generate.FakeOpenAiServer;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.core.generate.Backends;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indaba pretranslate} and the LLM drafter against a vLLM-shaped mock server. */
class PretranslateCliTest {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final FakeOpenAiServer fake = new FakeOpenAiServer();
    private final List<String> systemPrompts = new ArrayList<>();
    private Path project;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void start() throws Exception {
        fake.answering(body -> {
            JsonNode messages = body.get("messages");
            synchronized (systemPrompts) {
                systemPrompts.add(messages.get(0).get("content").asText());
            }
            return "AM(" + messages.get(1).get("content").asText() + ")";
        }, "stop");
        server.setDispatcher(fake);
        server.start();
        project = dir.resolve("p.indaba");
        assertEquals(0, run("new", project.toString(), "--name", "P", "--source-lang", "en").code());
        Path items = dir.resolve("items.jsonl");
        Files.writeString(items, """
                {"id":"q1","text":"Rain falls."}
                {"id":"q2","text":"Rivers run."}
                {"id":"q3","text":"The sky is blue."}
                """);
        Result imported = run("import", project.toString(), items.toString());
        assertEquals(0, imported.code(), imported.err());
        Path human = dir.resolve("items_am.jsonl");
        Files.writeString(human, "{\"id\":\"q1\",\"text\":\"ዝናብ ይዘንባል።\"}\n");
        Result translated = run("import", project.toString(), "--target-lang", "am", human.toString());
        assertEquals(0, translated.code(), translated.err());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Result pretranslate(String lang) {
        return run("pretranslate", project.toString(), "--lang", lang, "--endpoint", server.url("/").toString(),
                "--model", "m", "--concurrency", "2", "--json");
    }

    private List<Draft> drafts(String lang, String item) {
        try (Project p = Project.openReadOnly(project)) {
            return ImportedMachineDrafts.of(p, Runnable::run).draftsFor(lang, item, "text");
        }
    }

    private String translation(String item) {
        try (Project p = Project.openReadOnly(project)) {
            return p.database().read(c -> {
                try (var ps = c.prepareStatement("SELECT t.body FROM translation t JOIN item i ON i.id = t.item_id "
                        + "WHERE i.external_id = ? AND t.lang = 'am'")) {
                    ps.setString(1, item);
                    try (var rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
        }
    }

    @Test
    void draftsEveryUntranslatedFieldAsAMachineDraftAndNeverTouchesTheHumanOne() throws Exception {
        Result r = pretranslate("am");
        assertEquals(0, r.code(), r.err());
        JsonNode report = Json.MAPPER.readTree(r.out());
        assertEquals("mt:llm:m", report.get("origin").asText());
        assertEquals(2, report.get("requested").asInt());
        assertEquals(2, report.get("stored").asInt());

        List<Draft> q2 = drafts("am", "q2");
        assertEquals(1, q2.size());
        assertEquals("AM(Rivers run.)", q2.get(0).text());
        assertEquals("imported-mt:llm:m", q2.get(0).label());
        assertEquals(List.of(), drafts("am", "q1"), "a translated field gets no draft");
        assertEquals("ዝናብ ይዘንባል።", translation("q1"));
        assertEquals(null, translation("q2"), "a draft is not a translation");
        assertTrue(systemPrompts.get(0).contains("from English into Amharic"), systemPrompts.get(0));

        int asked = fake.chatRequests();
        Result again = pretranslate("am");
        assertEquals(0, Json.MAPPER.readTree(again.out()).get("requested").asInt(), again.out());
        assertEquals(asked, fake.chatRequests(), "a finished run asks for nothing");
    }

    @Test
    void aRunThatFailsMidwayResumesWithOnlyTheMissingFields() throws Exception {
        fake.failAfter(1);
        Result broken = run("pretranslate", project.toString(), "--lang", "sw", "--endpoint",
                server.url("/").toString(), "--model", "m", "--concurrency", "1", "--json");
        assertEquals(Main.FAILED, broken.code());
        assertTrue(broken.err().contains("run the same command again"), broken.err());
        fake.failAfter(Integer.MAX_VALUE);
        int before = fake.chatRequests();
        Result resumed = pretranslate("sw");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(2, Json.MAPPER.readTree(resumed.out()).get("requested").asInt());
        assertEquals(2, fake.chatRequests() - before);
        for (String item : List.of("q1", "q2", "q3")) {
            assertEquals(1, drafts("sw", item).size(), item);
        }
        assertTrue(systemPrompts.get(systemPrompts.size() - 1).contains("into Swahili"));
    }

    @Test
    void theDrafterAsksWithThePairsPromptAndRecordsHowItDrafted() throws Exception {
        try (InferenceClient client = Backends.load(getClass().getClassLoader(), List.of()).forProtocol("openai")
                .orElseThrow().connect(BackendConfig.of(URI.create(server.url("/").toString()), ApiKey.NONE, 2))) {
            LlmDrafter drafter = new LlmDrafter(client, "openai-compatible", null, "m",
                    new DraftPrompts(Map.of("en>am", "Render {source} as {target}, plainly.")), LlmDrafter.greedy(64),
                    Duration.ofMinutes(1));
            List<Draft> d = drafter.draft(new DraftRequest("en", "am", "Hello.", Map.of())).get();
            assertEquals("AM(Hello.)", d.get(0).text());
            assertEquals("llm:m", d.get(0).label());
            assertEquals("0.0", d.get(0).provenance().get("temperature"));
            assertEquals("Render English as Amharic, plainly.", systemPrompts.get(0));
            assertTrue(drafter.supports("en", "am"));
        }
    }
}
