package io.indaba.backend.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.BackendException;
import io.indaba.plugin.BackendException.Kind;
import io.indaba.plugin.Generation;
import io.indaba.plugin.GenerationEvent;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.InferenceClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overload, resets, broken streams and the four error shapes: what is retried, what is not, and nothing doubles. */
class OpenAiFaultTest {

    private static final String SECRET = "sk-live-SECRET-4242";

    private final MockWebServer server = new MockWebServer();
    private InferenceClient client;
    private final List<GenerationEvent> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = new OpenAiBackend().connect(new BackendConfig(URI.create(server.url("/").toString()),
                ApiKey.of(SECRET), null, null, null, 4, 3, Duration.ofMillis(1)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private GenerationResult run() throws Exception {
        return client.generate(OpenAiClientTest.request(1), events::add).result().get(30, TimeUnit.SECONDS);
    }

    private BackendException failure() {
        ExecutionException e = assertThrows(ExecutionException.class, this::run);
        return assertInstanceOf(BackendException.class, e.getCause());
    }

    @Test
    void a429WithRetryAfterIsRetriedAfterTheWaitAsked() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
                .body("{\"error\":\"Model is overloaded\",\"error_type\":\"overloaded\"}").build());
        server.enqueue(Sse.answer("fine"));
        GenerationResult r = run();
        assertEquals("fine", r.choices().get(0).text());
        assertEquals(2, r.choices().get(0).attempts());
        assertTrue(events.stream().anyMatch(e -> e instanceof GenerationEvent.Retrying rt
                && rt.reason().contains("Model is overloaded (overloaded)")));
    }

    @Test
    void a503WithoutRetryAfterBacksOffAndRetries() throws Exception {
        server.enqueue(Sse.json(503, "{\"error\":\"server busy, please try again.\"}"));
        server.enqueue(Sse.json(503, "loading model"));
        server.enqueue(Sse.answer("fine"));
        assertEquals(3, run().choices().get(0).attempts());
    }

    @Test
    void retriesGiveUpAfterTheConfiguredNumber() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(Sse.json(502, "bad gateway"));
        }
        BackendException e = failure();
        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertEquals(4, server.getRequestCount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "400|{\"error\":{\"message\":\"max_tokens is too large\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}}|BAD_REQUEST|max_tokens is too large (BadRequestError)",
        "400|{\"object\":\"error\",\"message\":\"n must be 1\",\"type\":\"invalid_request_error\"}|BAD_REQUEST|n must be 1 (invalid_request_error)",
        "404|{\"error\":\"model 'nope' not found\"}|NOT_FOUND|model 'nope' not found",
        "422|{\"error\":\"Input validation error\",\"error_type\":\"validation\"}|BAD_REQUEST|Input validation error (validation)",
        "401|{\"error\":\"Unauthorized\"}|UNAUTHORIZED|Unauthorized"})
    void theFourErrorShapesAreReadAndNeverRetried(int code, String body, Kind kind, String message) {
        server.enqueue(Sse.json(code, body));
        BackendException e = failure();
        assertEquals(kind, e.kind());
        assertEquals("HTTP " + code + ": " + message, e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anErrorInsideA200StreamFailsTheRequestWithoutKeepingItsText() {
        server.enqueue(Sse.stream(Sse.delta(0, "partial"),
                "{\"error\":{\"message\":\"CUDA out of memory\",\"type\":\"InternalServerError\",\"code\":500}}"));
        BackendException e = failure();
        assertEquals(Kind.SERVER, e.kind());
        assertEquals("error inside the stream: CUDA out of memory (InternalServerError)", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aTruncatedStreamIsRetriedAndItsTextIsNotDoubled() throws Exception {
        server.enqueue(Sse.stream(Sse.delta(0, "Hel")));
        server.enqueue(Sse.answer("Hello"));
        GenerationResult r = run();
        assertEquals("Hello", r.choices().get(0).text());
        assertEquals(2, r.choices().get(0).attempts());
    }

    @Test
    void aResetConnectionIsRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(Sse.answer("after reset"));
        assertEquals("after reset", run().choices().get(0).text());
    }

    @Test
    void garbageLinesAndCommentsAreSkippedButAnUnreadableEventFails() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("garbage without a field\n: ping\n\nretry: 100\n\ndata: " + Sse.delta(0, "ok") + "\n\ndata: "
                        + Sse.finish(0, "stop") + "\n\ndata: [DONE]\n\n").build());
        assertEquals("ok", run().choices().get(0).text());
        server.enqueue(Sse.stream("{not json"));
        assertEquals(Kind.PROTOCOL, failure().kind());
    }

    @Test
    void theKeyIsSentButNeverInAnErrorMessage() throws Exception {
        server.enqueue(Sse.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + SECRET
                + "\",\"type\":\"invalid_request_error\"}}"));
        BackendException e = failure();
        assertEquals("Bearer " + SECRET, server.takeRequest().getHeaders().get("Authorization"));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertFalse(events.toString().contains(SECRET));
    }

    @Test
    void aStalledServerHitsTheReadTimeoutAndIsRetried() throws Exception {
        client.close();
        client = new OpenAiBackend().connect(new BackendConfig(URI.create(server.url("/").toString()), ApiKey.NONE,
                null, null, Duration.ofMillis(300), 2, 3, Duration.ofMillis(1)));
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: " + Sse.delta(0, "stuck") + "\n\n").bodyDelay(5, TimeUnit.SECONDS).build());
        server.enqueue(Sse.answer("unstuck"));
        GenerationResult r = run();
        assertEquals("unstuck", r.choices().get(0).text());
        assertTrue(events.stream().anyMatch(e -> e instanceof GenerationEvent.Retrying rt
                && rt.reason().startsWith("connection lost")), events.toString());
    }

    @Test
    void aSlowDripStreamIsReadWhole() throws Exception {
        StringBuilder drip = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            drip.append("data: ").append(Sse.delta(0, "t" + i + " ")).append("\n\n");
        }
        drip.append("data: ").append(Sse.finish(0, "length")).append("\n\ndata: [DONE]\n\n");
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(drip.toString())
                .throttleBody(7, 5, TimeUnit.MILLISECONDS).build());
        GenerationResult r = run();
        assertTrue(r.choices().get(0).text().startsWith("t0 t1 t2 ") && r.choices().get(0).text().endsWith("t19 "));
        assertTrue(r.choices().get(0).truncated());
    }

    @Test
    void cancellingAStreamClosesItAndFailsTheResultAsCancelled() throws Exception {
        StringBuilder slow = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            slow.append("data: ").append(Sse.delta(0, "tok")).append("\n\n");
        }
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(slow.toString())
                .throttleBody(64, 50, TimeUnit.MILLISECONDS).build());
        List<GenerationEvent> seen = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        Generation g = client.generate(OpenAiClientTest.request(1), e -> {
            seen.add(e);
            first.countDown();
        });
        assertTrue(first.await(30, TimeUnit.SECONDS));
        g.cancel();
        ExecutionException e = assertThrows(ExecutionException.class, () -> g.result().get(30, TimeUnit.SECONDS));
        assertEquals(Kind.CANCELLED, assertInstanceOf(BackendException.class, e.getCause()).kind());
    }
}
