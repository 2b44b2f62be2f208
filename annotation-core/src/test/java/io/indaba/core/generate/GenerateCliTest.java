package io.indaba.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.cli.Main;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indaba generate}, {@code models} and {@code backends} end to end against a vLLM-shaped mock server. */
class GenerateCliTest {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final FakeOpenAiServer fake = new FakeOpenAiServer();
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
        server.setDispatcher(fake);
        server.start();
        project = dir.resolve("p.indaba");
        assertEquals(0, run("new", project.toString(), "--name", "P", "--source-lang", "en").code());
        Path prompts = dir.resolve("prompts.jsonl");
        Files.writeString(prompts, """
                {"id":"p1","prompt":"What is rain?"}
                {"id":"p2","prompt":"Name a river."}
                {"id":"p3","prompt":"Why is the sky blue?"}
                """);
        Result imported = run("import", project.toString(), prompts.toString());
        assertEquals(0, imported.code(), imported.err());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String endpoint() {
        return server.url("/").toString();
    }

    private Result generate(String... extra) {
        List<String> args = new ArrayList<>(List.of("generate", project.toString(), "--endpoint", endpoint(),
                "--model", "a", "--model", "b", "--candidates", "2", "--seed", "10", "--temperature", "0.8",
                "--top-p", "0.95", "--max-tokens", "256", "--json"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private List<Candidate> candidates() {
        try (Project p = Project.openReadOnly(project)) {
            List<Candidate> all = new ArrayList<>();
            List<Long> items = p.database().read(c -> {
                List<Long> ids = new ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT id FROM item ORDER BY id")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            });
            items.forEach(id -> all.addAll(p.candidates().forItem(id)));
            return all;
        }
    }

    @Test
    void fillsEveryPromptWithKCandidatesPerModelWithTheirProvenance() throws Exception {
        Result r = generate("--concurrency", "4");
        assertEquals(0, r.code(), r.err());
        JsonNode report = Json.MAPPER.readTree(r.out());
        assertEquals(12, report.get("generated").asInt());
        assertEquals("vllm 0.10.1", report.get("server").asText());

        List<Candidate> all = candidates();
        assertEquals(12, all.size());
        Candidate k = all.stream().filter(c -> c.model().equals("b") && c.seed() == 11).findFirst().orElseThrow();
        assertEquals("generated", k.origin());
        assertEquals("openai-compatible", k.backend());
        assertEquals("b#en#1", k.externalId());
        assertTrue(k.text().startsWith("[b] ") && k.text().endsWith(" #11"), k.text());
        assertEquals(0.8, ((Number) k.params().get("temperature")).doubleValue());
        assertEquals(0.95, ((Number) k.params().get("top_p")).doubleValue());
        assertEquals(256, ((Number) k.params().get("max_tokens")).intValue());
        assertEquals(11, ((Number) k.params().get("seed")).intValue());
        assertTrue(k.timing().containsKey("total_ms") && k.timing().containsKey("first_token_ms"));
        assertEquals(7, ((Number) k.usage().get("completion_tokens")).intValue());
        assertEquals("vllm", k.meta().get("server"));
        assertEquals("0.10.1", k.meta().get("server_version"));
        assertEquals(List.of(), k.meta().get("flags"));

        Result again = generate();
        assertEquals(0, again.code(), again.err());
        JsonNode second = Json.MAPPER.readTree(again.out());
        assertEquals(0, second.get("requested").asInt(), "a finished job asks for nothing");
        assertEquals(report.get("job").asInt(), second.get("job").asInt(), "the same command is the same job");
        assertEquals(12, candidates().size());
    }

    @Test
    void aJobThatFailsMidwayResumesOnRerunWithoutDuplicates() throws Exception {
        fake.failAfter(5);
        Result broken = generate("--concurrency", "1");
        assertEquals(Main.FAILED, broken.code());
        assertTrue(broken.err().contains("refused for the test") && broken.err().contains("run the same command again"),
                broken.err());
        assertEquals(5, candidates().size());

        fake.failAfter(Integer.MAX_VALUE);
        int before = fake.chatRequests();
        Result resumed = generate("--concurrency", "3");
        assertEquals(0, resumed.code(), resumed.err());
        JsonNode report = Json.MAPPER.readTree(resumed.out());
        assertTrue(report.get("resumed").asBoolean());
        assertEquals(7, report.get("requested").asInt());
        assertEquals(7, fake.chatRequests() - before, "only the missing samples were asked for");

        List<Candidate> all = candidates();
        assertEquals(12, all.size());
        Set<String> keys = new HashSet<>();
        all.forEach(c -> assertTrue(keys.add(c.itemId() + "/" + c.externalId()), "duplicate " + c.externalId()));
    }

    @Test
    void responsesInTheWrongScriptOrCutByTheLimitAreFlagged() throws Exception {
        fake.answering(body -> "This is English, not Amharic.", "length");
        Result r = run("generate", project.toString(), "--endpoint", endpoint(), "--model", "a", "--model", "b",
                "--response-lang", "am", "--candidates", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode report = Json.MAPPER.readTree(r.out());
        assertEquals(6, report.get("truncated").asInt());
        assertEquals(6, report.get("offTarget").asInt());
        Candidate k = candidates().get(0);
        assertEquals("am", k.langRequested());
        assertEquals(List.of("truncated", "off-target-script"), k.meta().get("flags"));
        assertTrue(((String) k.meta().get("system_prompt")).contains("Answer in Amharic."));

        fake.answering(body -> "ዝናብ ከደመና የሚወርድ ውሃ ነው።", "stop");
        Result fine = run("generate", project.toString(), "--endpoint", endpoint(), "--model", "c",
                "--response-lang", "am", "--candidates", "1", "--json");
        assertEquals(0, Json.MAPPER.readTree(fine.out()).get("offTarget").asInt(), fine.out());
    }

    @Test
    void responsesInTheRightScriptButAnotherLanguageAreFlagged() throws Exception {
        fake.answering(body -> "Rain is water that falls from the clouds when its droplets grow heavy.", "stop");
        Result r = run("generate", project.toString(), "--endpoint", endpoint(), "--model", "a",
                "--response-lang", "sw", "--candidates", "1", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, Json.MAPPER.readTree(r.out()).get("offTarget").asInt(), r.out());
        Candidate k = candidates().get(0);
        assertEquals(List.of("off-target-language"), k.meta().get("flags"));
        assertEquals("en", k.meta().get("language_found"));
        assertEquals("Latn", k.meta().get("script"));
    }

    @Test
    void modelsListsWhatTheServerOffers() throws Exception {
        Result r = run("models", "--endpoint", endpoint());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("vllm 0.10.1") && r.out().contains("b  (context 8192)"), r.out());
        JsonNode json = Json.MAPPER.readTree(run("models", "--endpoint", endpoint(), "--json").out());
        assertEquals("a", json.get("models").get(0).get("id").asText());
    }

    @Test
    void anUnreachableServerOrUnknownProtocolIsOneLine() {
        server.close();
        Result down = run("models", "--endpoint", endpoint());
        assertEquals(Main.FAILED, down.code());
        assertEquals(1, down.err().strip().lines().count(), down.err());
        assertTrue(down.err().startsWith("indaba: cannot reach "), down.err());
        Result unknown = run("models", "--endpoint", "http://localhost:1", "--protocol", "carrier-pigeon");
        assertEquals(Main.FAILED, unknown.code());
        assertTrue(unknown.err().contains("no enabled back-end speaks --protocol carrier-pigeon"), unknown.err());
        Result missingKey = run("models", "--endpoint", "http://localhost:1", "--api-key-env", "INDABA_NO_SUCH_VAR_4711");
        assertEquals("indaba: environment variable INDABA_NO_SUCH_VAR_4711 is not set or empty", missingKey.err().strip());
    }

    @Test
    void backendsListsTheBuiltInPlugin() throws Exception {
        Result r = run("backends", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode first = Json.MAPPER.readTree(r.out()).get("backends").get(0);
        assertEquals("openai-compatible", first.get("id").asText());
        assertEquals("built-in", first.get("origin").asText());
        assertEquals("enabled", first.get("status").asText());
        assertFalse(run("backends", "--help").out().isEmpty());
    }
}
