package io.indaba.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.indaba.core.cli.Main;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indaba generate --protocol ollama} against a server speaking Ollama's native NDJSON API. */
class OllamaGenerateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Answers "<model> says <prompt>", with Ollama's final counts and nanosecond durations. */
    static final class FakeOllama extends Dispatcher {
        volatile JsonNode lastOptions;

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String path = r.getUrl().encodedPath();
            if (path.equals("/api/version")) {
                return new MockResponse.Builder().body("{\"version\":\"0.5.7\"}").build();
            }
            try {
                JsonNode body = JSON.readTree(r.getBody().utf8());
                lastOptions = body.get("options");
                JsonNode msgs = body.get("messages");
                String text = body.get("model").asText() + " says " + msgs.get(msgs.size() - 1).get("content").asText();
                String line = "{\"message\":{\"role\":\"assistant\",\"content\":" + JSON.writeValueAsString(text)
                        + "},\"done\":false}\n";
                String done = "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\","
                        + "\"total_duration\":2500000000,\"load_duration\":1000000,\"prompt_eval_count\":9,"
                        + "\"prompt_eval_duration\":100000000,\"eval_count\":4,\"eval_duration\":2000000000}\n";
                return new MockResponse.Builder().addHeader("Content-Type", "application/x-ndjson").body(line + done).build();
            } catch (IOException e) {
                return new MockResponse.Builder().code(400).body("{\"error\":\"bad json\"}").build();
            }
        }
    }

    private static int run(String... args) {
        StringWriter sink = new StringWriter();
        return Main.run(args, new PrintWriter(sink, true), new PrintWriter(sink, true));
    }

    @Test
    void fillsThePromptsWithOptionsAndServerDurationsRecorded() throws Exception {
        Path project = dir.resolve("o.indaba");
        Path prompts = dir.resolve("prompts.jsonl");
        Files.writeString(prompts, "{\"id\":\"p1\",\"prompt\":\"Hi\"}\n{\"id\":\"p2\",\"prompt\":\"Bye\"}\n");
        assertEquals(0, run("new", project.toString(), "--name", "O", "--source-lang", "en"));
        assertEquals(0, run("import", project.toString(), prompts.toString()));
        FakeOllama fake = new FakeOllama();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"generate", project.toString(), "--endpoint", server.url("/").toString(),
                    "--protocol", "ollama", "--model", "llama3.2", "--candidates", "2", "--option", "num_ctx=4096",
                    "--json"}, new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(0, code, err.toString());
            JsonNode report = Json.MAPPER.readTree(out.toString());
            assertEquals(4, report.get("generated").asInt());
            assertEquals("ollama 0.5.7", report.get("server").asText());
        }
        assertEquals(4096, fake.lastOptions.get("num_ctx").asInt());
        try (Project p = Project.openReadOnly(project)) {
            long item = p.items().byExternalId("p2").orElseThrow().id();
            List<Candidate> ks = p.candidates().forItem(item);
            assertEquals(2, ks.size());
            Candidate k = ks.stream().filter(c -> c.externalId().equals("llama3.2#en#1")).findFirst().orElseThrow();
            assertEquals("ollama", k.backend());
            assertEquals("llama3.2 says Bye", k.text());
            assertEquals(1L, k.seed());
            assertEquals(4096, ((Number) k.params().get("num_ctx")).intValue());
            assertEquals(2500, ((Number) k.timing().get("server_total_ms")).intValue());
            assertEquals(4, ((Number) k.usage().get("completion_tokens")).intValue());
            assertTrue(k.meta().get("server_version").equals("0.5.7"));
        }
    }

    @Test
    void pretranslateDraftsThroughTheNativeApiToo() throws Exception {
        Path project = dir.resolve("t.indaba");
        Path items = dir.resolve("items.jsonl");
        Files.writeString(items, "{\"id\":\"q1\",\"text\":\"Rain falls.\"}\n");
        assertEquals(0, run("new", project.toString(), "--name", "T", "--source-lang", "en"));
        assertEquals(0, run("import", project.toString(), items.toString()));
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new FakeOllama());
            server.start();
            assertEquals(0, run("pretranslate", project.toString(), "--lang", "am", "--endpoint",
                    server.url("/").toString(), "--protocol", "ollama", "--model", "aya"));
        }
        try (Project p = Project.openReadOnly(project)) {
            List<io.indaba.plugin.Draft> drafts = io.indaba.core.translate.ImportedMachineDrafts.of(p, Runnable::run)
                    .draftsFor("am", "q1", "text");
            assertEquals("aya says Rain falls.", drafts.get(0).text());
            assertEquals("ollama", drafts.get(0).provenance().get("backend"));
        }
    }
}
