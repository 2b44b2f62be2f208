package io.indaba.app.common;

import io.indaba.plugin.Drafter;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The drafters a workspace may offer beyond the project's own, made once by the wiring at start-up and handed to
 * the workspaces that use them (the comparison's back-translation aid). {@link #plugins()} is what the app ships:
 * the drafters the installed plugins offer, found with {@link ServiceLoader} on first use and kept. This is the seam
 * for configured drafters (an LLM drafter over a configured back-end): build the source they belong to with
 * {@link #of} or {@link #plus} in {@code Workbench.start}, and every workspace given it offers them.
 */
public final class DrafterSource implements Supplier<List<Drafter>> {

    private final Supplier<List<Drafter>> load;
    private List<Drafter> loaded;

    private DrafterSource(Supplier<List<Drafter>> load) {
        this.load = load;
    }

    /** The plugins' drafters, loaded on the first {@link #get()}; a broken plugin jar gives none, never a failure. */
    public static DrafterSource plugins() {
        return new DrafterSource(DrafterSource::loadPlugins);
    }

    /** Exactly {@code drafters} (tests, or drafters made from the user's configuration). */
    public static DrafterSource of(List<Drafter> drafters) {
        List<Drafter> fixed = List.copyOf(drafters);
        return new DrafterSource(() -> fixed);
    }

    /** This source's drafters followed by {@code extra}. */
    public DrafterSource plus(List<Drafter> extra) {
        List<Drafter> more = List.copyOf(extra);
        return new DrafterSource(() -> {
            List<Drafter> all = new ArrayList<>(get());
            all.addAll(more);
            return all;
        });
    }

    /** The drafters, in order; loaded once, on the first call. */
    @Override
    public synchronized List<Drafter> get() {
        if (loaded == null) {
            loaded = List.copyOf(load.get());
        }
        return loaded;
    }

    private static List<Drafter> loadPlugins() {
        List<Drafter> out = new ArrayList<>();
        try {
            ServiceLoader.load(Drafter.class).forEach(out::add);
        } catch (ServiceConfigurationError e) {
            // A broken plugin jar leaves the aids unavailable rather than the view.
        }
        return out;
    }
}
