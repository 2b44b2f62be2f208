package io.indaba.core.translate;

import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * A drafter behind a fence: the first exception or linkage error it throws (rather than returning a failed future)
 * disables it, so a broken plugin is reported once and never takes the editor down.
 */
final class GuardedDrafter implements Drafter {

    private final Drafter inner;
    private final String id;
    private final String displayName;
    private final BiConsumer<GuardedDrafter, Throwable> onFailure;
    private volatile boolean disabled;

    GuardedDrafter(Drafter inner, String id, String displayName, BiConsumer<GuardedDrafter, Throwable> onFailure) {
        this.inner = inner;
        this.id = id;
        this.displayName = displayName;
        this.onFailure = onFailure;
    }

    boolean disabled() {
        return disabled;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean supports(String sourceLang, String targetLang) {
        if (disabled) {
            return false;
        }
        try {
            return inner.supports(sourceLang, targetLang);
        } catch (RuntimeException | LinkageError e) {
            disable(e);
            return false;
        }
    }

    @Override
    public CompletableFuture<List<Draft>> draft(DraftRequest request) {
        if (disabled) {
            return CompletableFuture.failedFuture(new IllegalStateException(id + " is disabled"));
        }
        try {
            CompletableFuture<List<Draft>> future = inner.draft(request);
            if (future == null) {
                throw new IllegalStateException("draft() returned null instead of a future");
            }
            return future;
        } catch (RuntimeException | LinkageError e) {
            disable(e);
            return CompletableFuture.failedFuture(e);
        }
    }

    private void disable(Throwable e) {
        if (!disabled) {
            disabled = true;
            onFailure.accept(this, e);
        }
    }
}
