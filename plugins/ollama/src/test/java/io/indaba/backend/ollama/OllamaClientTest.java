package io.indaba.backend.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.BackendException;
import io.indaba.plugin.ChatMessage;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.Sampling;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ollama's native API: NDJSON lines, options with num_ctx, durations in nanoseconds, errors in and out of a 200. */
class OllamaClientTest {

    private final MockWebServer server = new MockWebServer();
    private InferenceClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = new OllamaBackend().connect(new BackendConfig(URI.create(server.url("/").toString()), ApiKey.NONE,
                null, null, null, 4, 2, Duration.ofMillis(1)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static GenerationRequest request(int n) {
        return new GenerationRequest("llama3.2", List.of(new ChatMessage("user", "Hi")), null,
                new Sampling(0.6, 0.9, 40, 128, List.of("\n\n"), 5, n), Duration.ofMinutes(1), Map.of("num_ctx", 8192));
    }

    private static MockResponse ndjson(String... lines) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/x-ndjson")
                .body(String.join("\n", lines) + "\n").build();
    }

    private static String line(String text) {
        return "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"" + text + "\"},\"done\":false}";
    }

    private static final String DONE = "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},"
            + "\"done\":true,\"done_reason\":\"stop\",\"total_duration\":5043500667,\"load_duration\":5025959,"
            + "\"prompt_eval_count\":26,\"prompt_eval_duration\":325953000,\"eval_count\":290,\"eval_duration\":4709213000}";

    @Test
    void aChatStreamIsReadWithCountsAndNanosecondDurations() throws Exception {
        server.enqueue(ndjson(line("Hel"), line("lo"), DONE));
        GenerationResult r = client.generate(request(1), null).result().get(30, TimeUnit.SECONDS);
        assertEquals("Hello", r.choices().get(0).text());
        assertEquals("stop", r.choices().get(0).finishReason());
        assertEquals(26, r.usage().promptTokens());
        assertEquals(290, r.usage().completionTokens());
        assertEquals(5043L, r.serverTimings().get("total"));
        assertEquals(4709L, r.serverTimings().get("eval"));
        JsonNode body = OllamaBodies.JSON.readTree(server.takeRequest().getBody().utf8());
        JsonNode options = body.get("options");
        assertEquals(8192, options.get("num_ctx").asInt());
        assertEquals(128, options.get("num_predict").asInt());
        assertEquals(0.6, options.get("temperature").asDouble());
        assertEquals(0.9, options.get("top_p").asDouble());
        assertEquals(40, options.get("top_k").asInt());
        assertEquals(5, options.get("seed").asLong());
        assertEquals("\n\n", options.get("stop").get(0).asText());
    }

    @Test
    void nChoicesAreSeparateRequestsWithSeedBasePlusIndex() throws Exception {
        server.enqueue(ndjson(line("a"), DONE));
        server.enqueue(ndjson(line("b"), DONE));
        GenerationResult r = client.generate(request(2), null).result().get(30, TimeUnit.SECONDS);
        assertEquals(2, r.choices().size());
        assertEquals(List.of(5L, 6L), r.choices().stream().map(GenerationResult.Choice::seed).toList());
        long first = OllamaBodies.JSON.readTree(server.takeRequest().getBody().utf8()).get("options").get("seed").asLong();
        long second = OllamaBodies.JSON.readTree(server.takeRequest().getBody().utf8()).get("options").get("seed").asLong();
        assertEquals(11, first + second);
    }

    @Test
    void aFullQueueIsRetriedAndAResetToo() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":\"server busy, please try again.  maximum pending requests exceeded\"}").build());
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ndjson(line("ok"), DONE));
        GenerationResult r = client.generate(request(1), null).result().get(30, TimeUnit.SECONDS);
        assertEquals("ok", r.choices().get(0).text());
        assertEquals(3, r.choices().get(0).attempts());
    }

    @Test
    void anErrorLineInsideA200StreamFailsWithoutRetry() {
        server.enqueue(ndjson(line("par"), "{\"error\":\"an error was encountered while running the model\"}"));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.generate(request(1), null).result().get(30, TimeUnit.SECONDS));
        BackendException be = assertInstanceOf(BackendException.class, e.getCause());
        assertEquals(BackendException.Kind.SERVER, be.kind());
        assertEquals("error inside the stream: an error was encountered while running the model", be.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anUnknownModelIsNotRetriedAndATruncatedStreamIs() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"model \\\"nope\\\" not found, try pulling it first\"}").build());
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.generate(request(1), null).result().get(30, TimeUnit.SECONDS));
        assertEquals("HTTP 404: model \"nope\" not found, try pulling it first", e.getCause().getMessage());
        server.enqueue(ndjson(line("cut")));
        server.enqueue(ndjson(line("whole"), DONE));
        GenerationResult r = client.generate(request(1), null).result().get(30, TimeUnit.SECONDS);
        assertEquals("whole", r.choices().get(0).text(), "the cut attempt's text is not kept");
    }

    @Test
    void versionAndTagsGiveIdentityAndModels() {
        server.enqueue(new MockResponse.Builder().body("{\"version\":\"0.5.7\"}").build());
        server.enqueue(new MockResponse.Builder().body("{\"models\":[{\"name\":\"llama3.2:latest\",\"size\":2019393189}]}").build());
        assertEquals("ollama 0.5.7", client.health().label());
        assertEquals("llama3.2:latest", client.models().get(0).id());
        assertFalse(client.capabilities().multipleChoices());
        assertTrue(client.capabilities().seed());
    }
}
