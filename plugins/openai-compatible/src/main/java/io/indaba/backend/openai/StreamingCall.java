package io.indaba.backend.openai;

import io.indaba.plugin.BackendException;
import io.indaba.plugin.BackendException.Kind;
import io.indaba.plugin.Generation;
import io.indaba.plugin.GenerationEvent;
import io.indaba.plugin.GenerationListener;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.Sampling;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSources;

/**
 * One streamed request and its retries. Each attempt collects text afresh, so a retry after a reset or a truncated
 * stream never doubles text, and the result completes exactly once.
 */
final class StreamingCall implements Generation {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OpenAiClient client;
    private final GenerationRequest request;
    private final Sampling sampling;
    private final GenerationListener listener;
    private final CompletableFuture<GenerationResult> result = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private final String body;
    private volatile boolean cancelled;
    private volatile EventSource current;

    private StreamingCall(OpenAiClient client, GenerationRequest request, Sampling sampling,
                          GenerationListener listener) {
        this.client = client;
        this.request = request;
        this.sampling = sampling;
        this.listener = listener;
        this.deadlineNanos = startNanos + request.deadline().toNanos();
        this.body = RequestBodies.of(request, sampling);
    }

    /** Sends the request with {@code sampling} (the request's own, or one choice's in a fan-out). */
    static StreamingCall start(OpenAiClient client, GenerationRequest request, Sampling sampling,
                               GenerationListener listener) {
        StreamingCall call = new StreamingCall(client, request, sampling, listener);
        call.send(1);
        return call;
    }

    void send(int attempt) {
        if (cancelled || result.isDone()) {
            return;
        }
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            fail(new BackendException(Kind.DEADLINE, 0, "the request's deadline passed"));
            return;
        }
        Request req = new Request.Builder().url(request.isChat() ? client.chatUrl() : client.completionsUrl())
                .header("Accept", "text/event-stream").post(RequestBody.create(body, JSON)).build();
        StreamAttempt listenerForAttempt = new StreamAttempt(this, attempt, request.isChat(), sampling.n());
        // the call's own timeout is what is left of the deadline; no OkHttpClient is built per request for it
        Call.Factory timed = r -> {
            Call call = client.http().newCall(r);
            call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
            return call;
        };
        EventSource source = EventSources.createFactory(timed).newEventSource(req, listenerForAttempt);
        current = source;
        if (cancelled) {
            source.cancel();
        }
    }

    void emit(GenerationEvent event) {
        if (!cancelled && !result.isDone()) {
            listener.on(event);
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    long startNanos() {
        return startNanos;
    }

    /** The seed sent; with a batched n every choice shares it, in a fan-out each call has its own. */
    long seed() {
        return sampling.seed();
    }

    String redact(String text) {
        return client.config().apiKey().redact(text);
    }

    void succeed(GenerationResult r) {
        result.complete(r);
    }

    /** Retries a retryable failure while attempts and time remain; otherwise fails the call for good. */
    void failed(int attempt, BackendException e, String retryAfter) {
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

    private void fail(BackendException e) {
        if (!result.isDone()) {
            if (e.kind() != Kind.CANCELLED) {
                listener.on(new GenerationEvent.Failed(e));
            }
            result.completeExceptionally(e);
        }
    }

    io.indaba.plugin.ServerIdentity server() {
        return client.knownIdentity();
    }

    @Override
    public CompletableFuture<GenerationResult> result() {
        return result;
    }

    @Override
    public void cancel() {
        cancelled = true;
        EventSource source = current;
        if (source != null) {
            source.cancel();
        }
        fail(new BackendException(Kind.CANCELLED, 0, "cancelled"));
    }
}
