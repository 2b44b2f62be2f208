package io.indaba.core.translate;

import io.indaba.core.item.OpenProject;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Every drafter on offer: the core's translation memory and imported machine translations, then those found with
 * {@link ServiceLoader} in the plugin class loader. A drafter that fails to load or throws is disabled and listed
 * in {@link #failures()}; it is never fatal.
 */
public final class Drafters {

    // A broken provider file can make the service iterator fail on every step; give up after this many in a row.
    private static final int MAX_CONSECUTIVE_LOAD_FAILURES = 50;

    private final List<GuardedDrafter> drafters = new CopyOnWriteArrayList<>();
    private final List<DrafterFailure> failures = new CopyOnWriteArrayList<>();

    /** The given core drafters, then the plugins visible to {@code pluginLoader} (null: none). */
    public Drafters(List<Drafter> core, ClassLoader pluginLoader) {
        Set<String> ids = new HashSet<>();
        for (Drafter d : core) {
            register(d, ids);
        }
        if (pluginLoader != null) {
            loadPlugins(pluginLoader, ids);
        }
    }

    /** The core drafters of an open project plus the plugins on the class path ({@code ServiceLoader.load}). */
    public static Drafters of(OpenProject project, TranslationMemory memory, Executor executor) {
        return of(project, memory, executor, Thread.currentThread().getContextClassLoader());
    }

    /** The core drafters of an open project plus the plugins of {@code pluginLoader} (the plugin folders). */
    public static Drafters of(OpenProject project, TranslationMemory memory, Executor executor, ClassLoader pluginLoader) {
        return new Drafters(List.of(MemoryDrafter.of(project, memory, executor),
                ImportedMachineDrafts.of(project, executor)), pluginLoader);
    }

    private void loadPlugins(ClassLoader loader, Set<String> ids) {
        Iterator<Drafter> it = ServiceLoader.load(Drafter.class, loader).iterator();
        int failedInARow = 0;
        while (failedInARow < MAX_CONSECUTIVE_LOAD_FAILURES) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                register(it.next(), ids);
                failedInARow = 0;
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures.add(new DrafterFailure("plugin", oneLine(e)));
                failedInARow++;
            }
        }
    }

    private void register(Drafter d, Set<String> ids) {
        String id;
        String name;
        try {
            id = d.id();
            name = d.displayName();
        } catch (RuntimeException | LinkageError e) {
            failures.add(new DrafterFailure(d.getClass().getName(), oneLine(e)));
            return;
        }
        if (id == null || id.isBlank() || !ids.add(id)) {
            failures.add(new DrafterFailure(d.getClass().getName(), id == null || id.isBlank()
                    ? "has no id" : "its id '" + id + "' is already taken"));
            return;
        }
        drafters.add(new GuardedDrafter(d, id, name == null ? id : name,
                (g, e) -> failures.add(new DrafterFailure(g.id(), oneLine(e)))));
    }

    /** The drafters still enabled, core first. */
    public List<Drafter> enabled() {
        return drafters.stream().filter(d -> !d.disabled()).map(d -> (Drafter) d).toList();
    }

    /** The enabled drafters that can draft this pair. */
    public List<Drafter> supporting(String sourceLang, String targetLang) {
        return enabled().stream().filter(d -> d.supports(sourceLang, targetLang)).toList();
    }

    /** The drafters that failed to load or were disabled, in the order it happened. */
    public List<DrafterFailure> failures() {
        return List.copyOf(failures);
    }

    /** Drafts from every drafter supporting the pair, in drafter order; one that cannot answer adds nothing. */
    public CompletableFuture<List<Draft>> draftAll(DraftRequest request) {
        List<CompletableFuture<List<Draft>>> futures = new ArrayList<>();
        for (Drafter d : supporting(request.sourceLang(), request.targetLang())) {
            futures.add(d.draft(request).exceptionally(e -> List.of()));
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<Draft> out = new ArrayList<>();
            futures.forEach(f -> out.addAll(f.join()));
            return out;
        });
    }

    /**
     * Asks every drafter supporting the pair at once and hands each one's drafts to {@code onDrafts} (with its
     * position, so a caller can keep drafter order) as soon as they come, on the drafter's thread. A drafter still
     * working after {@code timeout} is cancelled and adds nothing; one slow drafter hides no other's drafts.
     */
    public DraftRound draftEach(DraftRequest request, Duration timeout, BiConsumer<Integer, List<Draft>> onDrafts) {
        List<Drafter> asked = supporting(request.sourceLang(), request.targetLang());
        List<CompletableFuture<List<Draft>>> requests = new ArrayList<>();
        List<CompletableFuture<Void>> answered = new ArrayList<>();
        Executor deadline = CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        for (int i = 0; i < asked.size(); i++) {
            int index = i;
            CompletableFuture<List<Draft>> f = asked.get(i).draft(request);
            requests.add(f);
            deadline.execute(() -> f.cancel(true)); // a no-op once it has answered
            answered.add(f.handle((drafts, e) -> {
                if (e == null && drafts != null && !drafts.isEmpty()) {
                    onDrafts.accept(index, List.copyOf(drafts));
                }
                return null;
            }));
        }
        return new DraftRound(requests, CompletableFuture.allOf(answered.toArray(CompletableFuture[]::new)));
    }

    private static String oneLine(Throwable e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
