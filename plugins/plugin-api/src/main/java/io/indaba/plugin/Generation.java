package io.indaba.plugin;

import java.util.concurrent.CompletableFuture;

/** A request under way: its eventual result, and a way to stop it. */
public interface Generation {

    /** Completes with every choice, or fails with a {@link BackendException} (cancelled: kind CANCELLED). */
    CompletableFuture<GenerationResult> result();

    /** Stops the request and closes its connection; the result fails as cancelled. Safe to call more than once. */
    void cancel();
}
