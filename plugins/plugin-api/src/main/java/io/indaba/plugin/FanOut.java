package io.indaba.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * n choices from a server that answers one per request (llama.cpp rejects n &gt; 1; Ollama, TGI and LM Studio
 * ignore it): n requests with {@code seed = base + i}, their events and results renumbered to choice i.
 */
public final class FanOut implements Generation {

    private final List<Generation> calls = new ArrayList<>();
    private final CompletableFuture<GenerationResult> result;

    private FanOut(Sampling sampling, BiFunction<Sampling, GenerationListener, Generation> start,
                   GenerationListener listener) {
        for (int i = 0; i < sampling.n(); i++) {
            int choice = i;
            calls.add(start.apply(sampling.single(sampling.seed() + i), e -> listener.on(renumber(e, choice))));
        }
        CompletableFuture<?>[] all = calls.stream().map(Generation::result).toArray(CompletableFuture[]::new);
        result = CompletableFuture.allOf(all).thenApply(v -> merge());
        // one choice failing for good fails the whole request: stop the others rather than let them run on
        calls.forEach(c -> c.result().whenComplete((r, e) -> {
            if (e != null) {
                cancel();
            }
        }));
    }

    /** Starts {@code sampling.n()} single-choice requests through {@code start}. */
    public static Generation of(Sampling sampling, BiFunction<Sampling, GenerationListener, Generation> start,
                                GenerationListener listener) {
        return new FanOut(sampling, start, listener);
    }

    private static GenerationEvent renumber(GenerationEvent e, int choice) {
        return switch (e) {
            case GenerationEvent.TextDelta d -> new GenerationEvent.TextDelta(choice, d.text());
            case GenerationEvent.Finished f -> new GenerationEvent.Finished(choice, f.reason());
            default -> e;
        };
    }

    private GenerationResult merge() {
        List<GenerationResult.Choice> choices = new ArrayList<>();
        Usage usage = new Usage(0, 0);
        for (int i = 0; i < calls.size(); i++) {
            GenerationResult r = calls.get(i).result().join();
            GenerationResult.Choice c = r.choices().get(0);
            choices.add(new GenerationResult.Choice(i, c.text(), c.finishReason(), c.seed(), c.firstTokenMillis(),
                    c.totalMillis(), c.attempts(), r.usage()));
            usage = usage.plus(r.usage());
        }
        choices.sort(Comparator.comparingInt(GenerationResult.Choice::index));
        return new GenerationResult(choices, usage, calls.get(0).result().join().server());
    }

    @Override
    public CompletableFuture<GenerationResult> result() {
        return result;
    }

    @Override
    public void cancel() {
        calls.forEach(Generation::cancel);
    }
}
