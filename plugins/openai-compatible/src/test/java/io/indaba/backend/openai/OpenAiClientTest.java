package io.indaba.backend.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.ChatMessage;
import io.indaba.plugin.GenerationEvent;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.Sampling;
import io.indaba.plugin.ServerIdentity;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private InferenceClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = connect(4);
    }

    private InferenceClient connect(int inFlight) {
        return new OpenAiBackend().connect(new BackendConfig(URI.create(server.url("/v1").toString()), ApiKey.NONE,
                null, null, null, inFlight, 3, Duration.ofMillis(1)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    static GenerationRequest request(int n) {
        return GenerationRequest.chat("m", List.of(new ChatMessage("user", "Hi")),
                new Sampling(0.7, 0.9, 40, 64, List.of("###"), 7, n), Duration.ofMinutes(1));
    }

    @Test
    void vllmChoicesInterleaveAndAreRoutedByIndexWithUsageInAnEmptyChoicesChunk() throws Exception {
        server.enqueue(Sse.json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"m\",\"owned_by\":\"vllm\",\"max_model_len\":4096}]}"));
        server.enqueue(Sse.json(200, "{\"version\":\"0.10.1\"}"));
        server.enqueue(Sse.stream(Sse.delta(0, "Hel"), ": ping", Sse.delta(1, "Bon"), Sse.delta(0, "lo"),
                Sse.delta(1, "jour"), Sse.finish(1, "length"), Sse.finish(0, "stop"),
                "{\"id\":\"c1\",\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":4}}", "[DONE]"));
        ServerIdentity id = client.health();
        assertEquals(new ServerIdentity("vllm", "0.10.1", "m"), id);
        assertTrue(client.capabilities().multipleChoices());
        List<GenerationEvent> events = Collections.synchronizedList(new ArrayList<>());

        GenerationResult r = client.generate(request(2), events::add).result().get(30, TimeUnit.SECONDS);

        assertEquals(List.of("Hello", "Bonjour"), r.choices().stream().map(GenerationResult.Choice::text).toList());
        assertEquals("stop", r.choices().get(0).finishReason());
        assertTrue(r.choices().get(1).truncated());
        assertEquals(5, r.usage().promptTokens());
        assertEquals(4, r.usage().completionTokens());
        assertTrue(events.contains(new GenerationEvent.TextDelta(1, "jour")));
        server.takeRequest();
        server.takeRequest();
        JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
        assertEquals(2, body.get("n").asInt());
        assertEquals(0.7, body.get("temperature").asDouble());
        assertEquals(0.9, body.get("top_p").asDouble());
        assertEquals(40, body.get("top_k").asInt());
        assertEquals(64, body.get("max_tokens").asInt());
        assertEquals("###", body.get("stop").get(0).asText());
        assertEquals(7, body.get("seed").asLong());
        assertTrue(body.get("stream").asBoolean());
    }

    @Test
    void aStreamEndingWithoutDoneCompletesOnceEveryChoiceFinished() throws Exception {
        server.enqueue(Sse.stream(Sse.delta(0, "ok"), Sse.finish(0, "stop")));
        GenerationResult r = client.generate(request(1), null).result().get(30, TimeUnit.SECONDS);
        assertEquals("ok", r.choices().get(0).text());
        assertEquals(1, r.choices().get(0).attempts());
    }

    @Test
    void aServerWithoutBatchedNGetsOneRequestPerChoiceWithSeedBasePlusIndex() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest rr) {
                try {
                    JsonNode body = JSON.readTree(rr.getBody().utf8());
                    return Sse.answer("seed " + body.get("seed").asLong() + " n " + body.get("n").asInt());
                } catch (java.io.IOException e) {
                    return Sse.json(400, "{}");
                }
            }
        });
        GenerationResult r = client.generate(request(3), null).result().get(30, TimeUnit.SECONDS);
        assertEquals(List.of("seed 7 n 1", "seed 8 n 1", "seed 9 n 1"),
                r.choices().stream().map(GenerationResult.Choice::text).toList());
        assertEquals(List.of(7L, 8L, 9L), r.choices().stream().map(GenerationResult.Choice::seed).toList());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void completionsStreamTextRatherThanDeltas() throws Exception {
        server.enqueue(Sse.stream("{\"choices\":[{\"index\":0,\"text\":\"Once\",\"finish_reason\":null}]}",
                "{\"choices\":[{\"index\":0,\"text\":\" upon\",\"finish_reason\":\"length\"}]}", "[DONE]"));
        GenerationRequest req = new GenerationRequest("m", null, "Tell me", request(1).sampling(), null);
        GenerationResult r = client.generate(req, null).result().get(30, TimeUnit.SECONDS);
        assertEquals("Once upon", r.choices().get(0).text());
        assertEquals("/v1/completions", server.takeRequest().getUrl().encodedPath());
    }

    @Test
    void aServerThatIgnoresStreamAndAnswersJsonIsStillRead() throws Exception {
        server.enqueue(Sse.json(200, "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"whole\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1}}"));
        GenerationResult r = client.generate(request(1), null).result().get(30, TimeUnit.SECONDS);
        assertEquals("whole", r.choices().get(0).text());
        assertEquals(1, r.usage().completionTokens());
    }

    @Test
    void modelsAreListed() {
        server.enqueue(Sse.json(200, "{\"data\":[{\"id\":\"a\",\"owned_by\":\"sglang\"},{\"id\":\"b\",\"owned_by\":\"sglang\"}]}"));
        assertEquals(List.of("a", "b"), client.models().stream().map(m -> m.id()).toList());
    }

    @Test
    void asManyRequestsAsConfiguredAreOpenAtOnceNotOkHttpsDefaultFive() throws Exception {
        client.close();
        client = connect(16);
        CountDownLatch allArrived = new CountDownLatch(16);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest rr) throws InterruptedException {
                allArrived.countDown();
                // answers only once all 16 are open at the same time; with 5 per host this would give up
                return allArrived.await(20, TimeUnit.SECONDS) ? Sse.answer("x") : Sse.json(400, "{\"error\":\"starved\"}");
            }
        });
        List<java.util.concurrent.CompletableFuture<GenerationResult>> all = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            all.add(client.generate(request(1), null).result());
        }
        for (var f : all) {
            assertEquals("x", f.get(30, TimeUnit.SECONDS).choices().get(0).text());
        }
    }
}
