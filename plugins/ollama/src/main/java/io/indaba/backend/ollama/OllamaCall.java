package io.indaba.backend.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.plugin.BackendException;
import io.indaba.plugin.BackendException.Kind;
import io.indaba.plugin.Generation;
import io.indaba.plugin.GenerationEvent;
import io.indaba.plugin.GenerationListener;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.Sampling;
import io.indaba.plugin.Usage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * One {@code /api/chat} (or {@code /api/generate}) request read as NDJSON: {@code "done": false} lines with text,
 * then a {@code "done": true} line with token counts and durations in nanoseconds. An {@code error} line inside the
 * 200 stream fails it; an overloaded (503) or dropped server is retried, each attempt collecting text afresh.
 */
final class OllamaCall implements Generation {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OllamaClient client;
    private final GenerationRequest request;
    private final Sampling sampling;
    private final GenerationListener listener;
    private final String body;
    private final CompletableFuture<GenerationResult> result = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private volatile boolean cancelled;
    private volatile Call current;

    private OllamaCall(OllamaClient client, GenerationRequest request, Sampling sampling, GenerationListener listener) {
        this.client = client;
        this.request = request;
        this.sampling = sampling;
        this.listener = listener;
        this.body = OllamaBodies.of(request, sampling);
        this.deadlineNanos = startNanos + request.deadline().toNanos();
    }

    static OllamaCall start(OllamaClient client, GenerationRequest request, Sampling sampling,
                            GenerationListener listener) {
        OllamaCall call = new OllamaCall(client, request, sampling, listener);
        call.send(1);
        return call;
    }

    private void send(int attempt) {
        if (cancelled || result.isDone()) {
            return;
        }
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            fail(new BackendException(Kind.DEADLINE, 0, "the request's deadline passed"));
            return;
        }
        Request req = new Request.Builder().url(client.url(request.isChat() ? "api/chat" : "api/generate"))
                .post(RequestBody.create(body, JSON)).build();
        Call call = client.http().newCall(req);
        call.timeout().timeout(remaining, java.util.concurrent.TimeUnit.NANOSECONDS);
        current = call;
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                failed(attempt, classify(e), null);
            }

            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    if (!response.isSuccessful()) {
                        String text = response.body().string();
                        failed(attempt, new BackendException(BackendException.kindOf(response.code()), response.code(),
                                client.config().apiKey().redact("HTTP " + response.code() + ": "
                                        + OllamaBodies.error(text))), response.header("Retry-After"));
                        return;
                    }
                    read(attempt, response.body().source());
                } catch (IOException e) {
                    failed(attempt, classify(e), null);
                }
            }
        });
        if (cancelled) {
            call.cancel();
        }
    }

    private void read(int attempt, BufferedSource source) throws IOException {
        long sent = System.nanoTime();
        long firstToken = -1;
        StringBuilder text = new StringBuilder();
        for (String line; (line = source.readUtf8Line()) != null; ) {
            if (cancelled) {
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = OllamaBodies.JSON.readTree(line);
            } catch (IOException e) {
                failed(attempt, new BackendException(Kind.PROTOCOL, 200, "unreadable stream line"), null);
                return;
            }
            String error = OllamaBodies.error(node);
            if (error != null) {
                failed(attempt, new BackendException(Kind.SERVER, 200,
                        client.config().apiKey().redact("error inside the stream: " + error)), null);
                return;
            }
            String delta = request.isChat() ? node.path("message").path("content").asText("")
                    : node.path("response").asText("");
            if (!delta.isEmpty()) {
                if (firstToken < 0) {
                    firstToken = System.nanoTime();
                }
                text.append(delta);
                emit(new GenerationEvent.TextDelta(0, delta));
            }
            if (node.path("done").asBoolean(false)) {
                finish(node, text.toString(), attempt, firstToken < 0 ? -1 : (firstToken - sent) / 1_000_000);
                return;
            }
        }
        failed(attempt, new BackendException(Kind.NETWORK, 200, "the stream ended before the response was complete"),
                null);
    }

    private void finish(JsonNode last, String text, int attempt, long firstTokenMillis) {
        String reason = last.path("done_reason").asText("stop");
        Usage usage = new Usage(last.path("prompt_eval_count").asLong(-1), last.path("eval_count").asLong(-1));
        emit(new GenerationEvent.UsageReport(usage));
        emit(new GenerationEvent.Finished(0, reason));
        Map<String, Long> timings = new LinkedHashMap<>();
        for (String name : List.of("total", "load", "prompt_eval", "eval")) {
            long ns = last.path(name + "_duration").asLong(-1); // Ollama reports nanoseconds
            if (ns >= 0) {
                timings.put(name, ns / 1_000_000);
            }
        }
        GenerationResult.Choice choice = new GenerationResult.Choice(0, text, reason, sampling.seed(), firstTokenMillis,
                (System.nanoTime() - startNanos) / 1_000_000, attempt, usage);
        result.complete(new GenerationResult(List.of(choice), usage, client.knownIdentity(), timings));
    }

    private BackendException classify(IOException e) {
        if (cancelled) {
            return new BackendException(Kind.CANCELLED, 0, "cancelled");
        }
        if (e.getClass() == InterruptedIOException.class) {
            return new BackendException(Kind.DEADLINE, 0, "the request's deadline passed");
        }
        return new BackendException(Kind.NETWORK, 0, client.config().apiKey().redact("connection lost: "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }

    private void failed(int attempt, BackendException e, String retryAfter) {
        if (cancelled) {
            fail(new BackendException(Kind.CANCELLED, 0, "cancelled"));
            return;
        }
        java.util.Optional<Duration> wait = client.backoff().retryDelay(e, attempt, client.config().maxRetries(),
                retryAfter, deadlineNanos);
        if (wait.isPresent()) {
            emit(new GenerationEvent.Retrying(attempt + 1, e.getMessage()));
            client.later(wait.get(), () -> send(attempt + 1));
            return;
        }
        fail(e);
    }

    private void emit(GenerationEvent event) {
        if (!cancelled && !result.isDone()) {
            listener.on(event);
        }
    }

    private void fail(BackendException e) {
        if (!result.isDone()) {
            if (e.kind() != Kind.CANCELLED) {
                listener.on(new GenerationEvent.Failed(e));
            }
            result.completeExceptionally(e);
        }
    }

    @Override
    public CompletableFuture<GenerationResult> result() {
        return result;
    }

    @Override
    public void cancel() {
        cancelled = true;
        Call call = current;
        if (call != null) {
            call.cancel();
        }
        fail(new BackendException(Kind.CANCELLED, 0, "cancelled"));
    }
}
