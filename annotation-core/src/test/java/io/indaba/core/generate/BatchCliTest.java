package io.indaba.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --batch-out} and {@code import --format openai-batch-output}: the cluster round trip. */
class BatchCliTest {

    private static final List<String> SETTINGS = List.of("--model", "a", "--model", "org/b:8b", "--candidates", "2",
            "--seed", "10", "--temperature", "0.8", "--top-p", "0.95", "--max-tokens", "256", "--option",
            "repetition_penalty=1.1");

    @TempDir
    Path dir;

    private Path project;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Result generate(String... extra) {
        List<String> args = new ArrayList<>(List.of("generate", project.toString()));
        args.addAll(SETTINGS);
        args.addAll(List.of(extra));
        args.add("--json");
        return run(args.toArray(String[]::new));
    }

    @BeforeEach
    void project() throws Exception {
        project = dir.resolve("p.indaba");
        assertEquals(0, run("new", project.toString(), "--name", "P", "--source-lang", "en").code());
        Path prompts = dir.resolve("prompts.jsonl");
        Files.writeString(prompts, """
                {"id":"p1","prompt":"What is rain?"}
                {"id":"p2","prompt":"Name a river."}
                {"id":"p3","prompt":"Why is the sky blue?"}
                """);
        assertEquals(0, run("import", project.toString(), prompts.toString()).code());
    }

    /** The results file vllm run-batch writes: every request answered except {@code failing}, which errs. */
    private Path results(Path requests, String failing) throws Exception {
        return results(requests, failing, null);
    }

    /** As above, every answer {@code text} (null: "answer #seed"). */
    private Path results(Path requests, String failing, String text) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(requests)) {
            JsonNode req = Json.MAPPER.readTree(line);
            String id = req.get("custom_id").asText();
            ObjectNode res = Json.MAPPER.createObjectNode();
            res.put("id", "vllm-" + id.hashCode());
            res.put("custom_id", id);
            if (id.equals(failing)) {
                res.putObject("response").put("status_code", 500).putObject("body").putObject("error")
                        .put("message", "engine died");
                res.putObject("error").put("message", "engine died");
            } else {
                ObjectNode response = res.putObject("response");
                response.put("status_code", 200);
                response.put("request_id", "r");
                ObjectNode body = response.putObject("body");
                body.put("model", req.get("body").get("model").asText());
                ObjectNode choice = body.putArray("choices").addObject();
                choice.put("index", 0);
                choice.putObject("message").put("role", "assistant")
                        .put("content", text != null ? text : "answer #" + req.get("body").get("seed").asLong());
                choice.put("finish_reason", "stop");
                body.putObject("usage").put("prompt_tokens", 12).put("completion_tokens", 3);
                res.putNull("error");
            }
            out.append(res).append('\n');
        }
        Path file = dir.resolve("results.jsonl");
        Files.writeString(file, out);
        return file;
    }

    private List<Candidate> candidates() {
        try (Project p = Project.openReadOnly(project)) {
            List<Long> items = p.database().read(c -> {
                List<Long> ids = new ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT id FROM item ORDER BY id")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            });
            List<Candidate> all = new ArrayList<>();
            items.forEach(id -> all.addAll(p.candidates().forItem(id)));
            return all;
        }
    }

    @Test
    void theBatchFileCarriesEverySamplingParameterAndTheSampleKey() throws Exception {
        Path requests = dir.resolve("requests.jsonl");
        Result r = generate("--batch-out", requests.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(12, Json.MAPPER.readTree(r.out()).get("requests").asInt());
        List<String> lines = Files.readAllLines(requests);
        assertEquals(12, lines.size());
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode req = Json.MAPPER.readTree(line);
            assertTrue(ids.add(req.get("custom_id").asText()));
            assertEquals("POST", req.get("method").asText());
            assertEquals("/v1/chat/completions", req.get("url").asText());
        }
        JsonNode last = Json.MAPPER.readTree(lines.get(lines.size() - 1));
        assertTrue(last.get("custom_id").asText().endsWith(":org/b:8b#en#1"), last.toString());
        JsonNode body = last.get("body");
        assertEquals("org/b:8b", body.get("model").asText());
        assertEquals("Why is the sky blue?", body.get("messages").get(0).get("content").asText());
        assertEquals(0.8, body.get("temperature").asDouble());
        assertEquals(0.95, body.get("top_p").asDouble());
        assertEquals(256, body.get("max_tokens").asInt());
        assertEquals(11, body.get("seed").asInt());
        assertEquals(1, body.get("n").asInt());
        assertEquals(1.1, body.get("repetition_penalty").asDouble());
        assertTrue(body.get("stop").isArray() && !body.has("stream"), body.toString());
    }

    @Test
    void resultsImportOnceWithProvenanceAndALiveJobAsksOnlyForTheFailedOne() throws Exception {
        Path requests = dir.resolve("requests.jsonl");
        assertEquals(0, generate("--batch-out", requests.toString()).code());
        String failing = Json.MAPPER.readTree(Files.readAllLines(requests).get(0)).get("custom_id").asText();
        Path results = results(requests, failing);

        Result imported = run("import", project.toString(), "--format", "openai-batch-output", results.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("11 candidates") && imported.out().contains("engine died"), imported.out());
        List<Candidate> all = candidates();
        assertEquals(11, all.size());
        Candidate k = all.stream().filter(c -> c.model().equals("org/b:8b") && c.seed() == 11).findFirst().orElseThrow();
        assertEquals("generated", k.origin());
        assertEquals("openai-batch", k.backend());
        assertEquals("org/b:8b#en#1", k.externalId());
        assertEquals("answer #11", k.text());
        assertEquals(0.8, ((Number) k.params().get("temperature")).doubleValue());
        assertEquals(256, ((Number) k.params().get("max_tokens")).intValue());
        assertEquals(1.1, ((Number) k.params().get("repetition_penalty")).doubleValue());
        assertEquals(3, ((Number) k.usage().get("completion_tokens")).intValue());
        assertEquals(1, ((Number) k.meta().get("sample_index")).intValue());
        assertEquals(List.of(12, 11), job(1), "the job records what the file asked and what came back");

        Result again = run("import", project.toString(), results.toString()); // detected by its custom ids
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("11 responses were already stored"), again.out());
        assertEquals(11, candidates().size(), "re-importing adds nothing");

        Path rest = dir.resolve("rest.jsonl");
        Result second = generate("--batch-out", rest.toString());
        assertEquals(1, Json.MAPPER.readTree(second.out()).get("requests").asInt(), second.out());
        assertEquals(failing, Json.MAPPER.readTree(Files.readString(rest)).get("custom_id").asText());

        FakeOpenAiServer fake = new FakeOpenAiServer();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            Result live = generate("--endpoint", server.url("/").toString());
            assertEquals(0, live.code(), live.err());
            assertEquals(1, Json.MAPPER.readTree(live.out()).get("requested").asInt(), live.out());
            assertEquals(1, fake.chatRequests(), "a live job does not redo imported samples");
        }
        List<Candidate> done = candidates();
        assertEquals(12, done.size());
        Set<String> keys = new HashSet<>();
        done.forEach(c -> assertTrue(keys.add(c.itemId() + "/" + c.externalId()), "duplicate " + c.externalId()));
    }

    @Test
    void importedResultsInAnotherLanguageThanAskedAreFlagged() throws Exception {
        Path requests = dir.resolve("requests.jsonl");
        assertEquals(0, generate("--batch-out", requests.toString(), "--response-lang", "yo").code());
        Path results = results(requests, null, "Mvua ni maji yanayoanguka kutoka mawinguni matone yanapokuwa mazito.");
        Result imported = run("import", project.toString(), "--format", "openai-batch-output", results.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("flagged 0 truncated and 12 in another script or language"),
                imported.out());
        List<Candidate> all = candidates();
        assertEquals(12, all.size());
        for (Candidate k : all) {
            assertEquals("yo", k.langRequested());
            assertEquals(List.of("off-target-language"), k.meta().get("flags"), k.externalId());
            assertEquals("sw", k.meta().get("language_found"));
        }
    }

    @Test
    void resultsFromAnotherProjectAreRefusedWhole() throws Exception {
        Path results = dir.resolve("foreign.jsonl");
        Files.writeString(results, "{\"custom_id\":\"indaba:99:1:a#en#0\",\"response\":{\"status_code\":200,"
                + "\"body\":{\"choices\":[{\"message\":{\"content\":\"x\"}}]}}}\n");
        Result r = run("import", project.toString(), "--format", "openai-batch-output", results.toString());
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().contains("generation job 99 is not in this project"), r.err());
        assertEquals(0, candidates().size());
    }

    @Test
    void aCustomIdKeepsColonsAndHashesInTheModelName() {
        BatchId id = BatchId.parse("indaba:3:17:hf.co/x/y:Q4#tag#am#12");
        assertEquals(new BatchId(3, 17, "hf.co/x/y:Q4#tag", "am", 12), id);
        assertEquals("indaba:3:17:hf.co/x/y:Q4#tag#am#12", id.text());
    }

    private List<Integer> job(long id) {
        try (Project p = Project.openReadOnly(project)) {
            return p.database().read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT requested, generated FROM generation_job "
                        + "WHERE id = " + id)) {
                    rs.next();
                    return List.of(rs.getInt(1), rs.getInt(2));
                }
            });
        }
    }
}
