package io.indaba.backend.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.indaba.plugin.BackendException;
import io.indaba.plugin.BackendException.Kind;
import io.indaba.plugin.GenerationEvent;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.Usage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;

/**
 * One attempt's stream: routes interleaved chunks by {@code choices[].index}, takes usage from a chunk with empty
 * choices, treats {@code [DONE]} or a plain end as the end, and classifies every way the attempt can fail.
 */
final class StreamAttempt extends EventSourceListener implements ChunkReader.Sink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamingCall call;
    private final int attempt;
    private final boolean chat;
    private final int expectedChoices;
    private final long sentNanos = System.nanoTime();
    private final Map<Integer, StringBuilder> texts = new TreeMap<>();
    private final Map<Integer, String> finish = new TreeMap<>();
    private final Map<Integer, Long> firstToken = new TreeMap<>();
    private Usage usage = Usage.UNKNOWN;
    private boolean doneMarker;
    private boolean settled;

    StreamAttempt(StreamingCall call, int attempt, boolean chat, int expectedChoices) {
        this.call = call;
        this.attempt = attempt;
        this.chat = chat;
        this.expectedChoices = expectedChoices;
    }

    @Override
    public synchronized void onEvent(EventSource source, String id, String type, String data) {
        if (settled || call.cancelled()) {
            return;
        }
        if ("[DONE]".equals(data.strip())) {
            doneMarker = true; // okhttp-sse hands [DONE] over as an ordinary event
            return;
        }
        JsonNode chunk;
        try {
            if (ChunkReader.read(data, chat, this)) {
                return; // the common case, read without a tree
            }
            chunk = JSON.readTree(data);
        } catch (IOException e) {
            settle(source, new BackendException(Kind.PROTOCOL, 200, "unreadable stream event: " + clip(data)), null);
            return;
        }
        String error = ErrorBodies.message(chunk);
        if (error != null) {
            settle(source, new BackendException(Kind.SERVER, 200, call.redact("error inside the stream: " + error)), null);
            return;
        }
        read(chunk);
    }

    /** Reads a chunk held as a tree: one that named an error but was none, or a whole unstreamed response. */
    private void read(JsonNode chunk) {
        JsonNode u = chunk.get("usage");
        if (u != null && u.isObject()) {
            usage(u.path("prompt_tokens").asLong(-1), u.path("completion_tokens").asLong(-1));
        }
        for (JsonNode choice : chunk.path("choices")) {
            JsonNode text = chat ? choice.path("delta").get("content") : choice.get("text");
            JsonNode reason = choice.get("finish_reason");
            choice(choice.path("index").asInt(0), text != null && text.isTextual() ? text.asText() : null,
                    reason != null && reason.isTextual() ? reason.asText() : null);
        }
    }

    @Override
    public void usage(long promptTokens, long completionTokens) {
        usage = new Usage(promptTokens, completionTokens);
        call.emit(new GenerationEvent.UsageReport(usage));
    }

    @Override
    public void choice(int index, String text, String finishReason) {
        StringBuilder sb = texts.computeIfAbsent(index, i -> new StringBuilder());
        if (text != null && !text.isEmpty()) {
            firstToken.putIfAbsent(index, System.nanoTime());
            sb.append(text);
            call.emit(new GenerationEvent.TextDelta(index, text));
        }
        if (finishReason != null) {
            finish.put(index, finishReason);
            call.emit(new GenerationEvent.Finished(index, finishReason));
        }
    }

    @Override
    public synchronized void onClosed(EventSource source) {
        if (settled || call.cancelled()) {
            return;
        }
        // old TGI ends without [DONE]: a plain end completes when every choice has finished
        if (doneMarker || (!finish.isEmpty() && finish.size() >= expectedChoices)) {
            settled = true;
            call.succeed(result());
        } else {
            settle(source, new BackendException(Kind.NETWORK, 200, "the stream ended before the response was complete"),
                    null);
        }
    }

    @Override
    public synchronized void onFailure(EventSource source, Throwable t, Response response) {
        if (settled) {
            return;
        }
        if (call.cancelled()) {
            settle(source, new BackendException(Kind.CANCELLED, 0, "cancelled"), null);
        } else if (response != null && !response.isSuccessful()) {
            int code = response.code();
            settle(source, new BackendException(BackendException.kindOf(code), code,
                    call.redact("HTTP " + code + ": " + ErrorBodies.message(bodyOf(response)))), response.header("Retry-After"));
        } else if (response != null && !(t instanceof IOException)) {
            unstreamed(source, bodyOf(response)); // a 200 that is not text/event-stream: some servers ignore stream
        } else if (t != null && t.getClass() == InterruptedIOException.class) {
            // OkHttp's call timeout, set to what is left of the deadline (a read timeout is a SocketTimeoutException)
            settle(source, new BackendException(Kind.DEADLINE, 0, "the request's deadline passed"), null);
        } else {
            String why = t == null ? "connection failed" : t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage());
            settle(source, new BackendException(Kind.NETWORK, 0, call.redact("connection lost: " + why)), null);
        }
    }

    private void unstreamed(EventSource source, String body) {
        try {
            JsonNode whole = JSON.readTree(body);
            String error = ErrorBodies.message(whole);
            if (error != null) {
                settle(source, new BackendException(Kind.SERVER, 200, call.redact(error)), null);
                return;
            }
            for (JsonNode choice : whole.path("choices")) {
                if (chat && choice.has("message")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) choice).set("delta", choice.get("message"));
                }
            }
            read(whole);
            settled = true;
            call.succeed(result());
        } catch (IOException e) {
            settle(source, new BackendException(Kind.PROTOCOL, 200, "the server answered neither a stream nor JSON"),
                    null);
        }
    }

    private GenerationResult result() {
        long now = System.nanoTime();
        List<GenerationResult.Choice> choices = new ArrayList<>();
        int count = Math.max(expectedChoices, texts.isEmpty() ? 0 : ((TreeMap<Integer, StringBuilder>) texts).lastKey() + 1);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = texts.get(i);
            Long first = firstToken.get(i);
            choices.add(new GenerationResult.Choice(i, sb == null ? "" : sb.toString(),
                    finish.get(i), call.seed(), first == null ? -1 : (first - sentNanos) / 1_000_000,
                    (now - call.startNanos()) / 1_000_000, attempt, Usage.UNKNOWN));
        }
        return new GenerationResult(choices, usage, call.server());
    }

    private void settle(EventSource source, BackendException e, String retryAfter) {
        settled = true;
        source.cancel();
        call.failed(attempt, e, retryAfter);
    }

    private static String bodyOf(Response response) {
        try {
            return response.body().string();
        } catch (IOException | IllegalStateException e) {
            return "";
        }
    }

    private static String clip(String s) {
        String line = s.strip().replace('\n', ' ');
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
