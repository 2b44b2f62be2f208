package io.indaba.backend.openai;

import io.indaba.plugin.Generation;
import io.indaba.plugin.GenerationListener;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** n choices from a server that answers one per request: n requests with {@code seed = base + i}, merged by index. */
final class FanOut implements Generation {

    private final List<StreamingCall> calls = new ArrayList<>();
    private final CompletableFuture<GenerationResult> result;

    private FanOut(OpenAiClient client, GenerationRequest request, GenerationListener listener) {
        for (int i = 0; i < request.sampling().n(); i++) {
            calls.add(StreamingCall.start(client, request, request.sampling().single(request.sampling().seed() + i), i,
                    listener));
        }
        CompletableFuture<?>[] all = calls.stream().map(StreamingCall::result).toArray(CompletableFuture[]::new);
        result = CompletableFuture.allOf(all).thenApply(v -> merge());
        // one choice failing for good fails the whole request: stop the others rather than let them run on
        calls.forEach(c -> c.result().whenComplete((r, e) -> {
            if (e != null) {
                cancel();
            }
        }));
    }

    static FanOut start(OpenAiClient client, GenerationRequest request, GenerationListener listener) {
        return new FanOut(client, request, listener);
    }

    private GenerationResult merge() {
        List<GenerationResult.Choice> choices = new ArrayList<>();
        Usage usage = new Usage(0, 0);
        for (StreamingCall c : calls) {
            GenerationResult r = c.result().join();
            choices.addAll(r.choices().stream().map(ch -> new GenerationResult.Choice(ch.index(), ch.text(),
                    ch.finishReason(), ch.seed(), ch.firstTokenMillis(), ch.totalMillis(), ch.attempts(), r.usage()))
                    .toList());
            usage = usage.plus(r.usage());
        }
        choices.sort(Comparator.comparingInt(GenerationResult.Choice::index));
        return new GenerationResult(choices, usage, calls.get(0).server());
    }

    @Override
    public CompletableFuture<GenerationResult> result() {
        return result;
    }

    @Override
    public void cancel() {
        calls.forEach(StreamingCall::cancel);
    }
}
