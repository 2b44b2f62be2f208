package io.indaba.core.translate;

import io.indaba.plugin.Draft;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The drafts asked for one field, one request per drafter: each answers on its own, within its own time limit.
 * Cancelling the round cancels every request still open, so a drafter behind a server can free its slot.
 */
public final class DraftRound {

    private final List<CompletableFuture<List<Draft>>> requests;
    private final CompletableFuture<Void> done;

    DraftRound(List<CompletableFuture<List<Draft>>> requests, CompletableFuture<Void> done) {
        this.requests = List.copyOf(requests);
        this.done = done;
    }

    /** Completes when every drafter has answered, failed, timed out or been cancelled. */
    public CompletableFuture<Void> done() {
        return done;
    }

    /** Stops waiting: requests still open are cancelled; answers already given stay given. */
    public void cancel() {
        requests.forEach(r -> r.cancel(true));
    }
}
