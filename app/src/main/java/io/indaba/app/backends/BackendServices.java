package io.indaba.app.backends;

import io.indaba.core.generate.Backends;
import io.indaba.plugin.Drafter;
import io.indaba.plugin.InferenceBackend;
import io.indaba.plugin.InferenceClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The inference back-ends of the running workbench, made once at start-up and handed to every workspace: the plugin
 * registry (built-ins and the jars in the user's plugin folder), the user's saved servers with their keys, and the
 * LLM drafter that drafts with them in the translation editor.
 */
public final class BackendServices implements AutoCloseable {

    private final Backends backends;
    private final Map<String, String> environment;
    private volatile BackendSettings settings;
    private final SettingsDrafter drafter;

    public BackendServices(Backends backends, BackendSettings settings, Map<String, String> environment) {
        this.backends = backends;
        this.environment = Map.copyOf(environment);
        this.settings = settings;
        this.drafter = new SettingsDrafter(() -> this.settings, p -> backend(p).descriptor().id(), this::connect);
    }

    /**
     * The plugins found for this user (built-ins plus {@code plugins} in {@code home}) and the settings saved in
     * {@code home}; a settings file that cannot be read counts as empty (the page says so when saving fails).
     */
    public static BackendServices start(Path home, ClassLoader builtIn, Path pluginFolder) {
        Backends found = Backends.load(builtIn, List.of(pluginFolder));
        BackendSettings saved;
        try {
            saved = BackendSettings.load(home.resolve(BackendSettings.FILE));
        } catch (IllegalStateException unreadable) {
            saved = BackendSettings.empty(home.resolve(BackendSettings.FILE));
        }
        return new BackendServices(found, saved, System.getenv());
    }

    /** Nothing configured and only the built-in plugins: for tests and views made without a workbench. */
    public static BackendServices builtIn() {
        return new BackendServices(Backends.load(BackendServices.class.getClassLoader(), List.of()),
                BackendSettings.empty(Path.of(BackendSettings.FILE)), Map.of());
    }

    public Backends backends() {
        return backends;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public BackendSettings settings() {
        return settings;
    }

    /** Takes new settings (the caller has saved them); the drafter uses them from its next draft. */
    public void update(BackendSettings changed) {
        settings = changed;
        drafter.settingsChanged();
    }

    /** The drafters the editor offers besides imported machine drafts: the configured LLM drafter. */
    public List<Drafter> drafters() {
        return List.of(drafter);
    }

    /** The back-end for {@code protocol}, or a message naming those there are. */
    public InferenceBackend backend(String protocol) {
        return backends.forProtocol(protocol).orElseThrow(() -> new IllegalArgumentException("no enabled back-end "
                + "speaks " + protocol + " (available: " + String.join(", ", backends.protocols()) + ")"));
    }

    /** A client for a saved server, its key read now. */
    InferenceClient connect(SavedServer server) {
        return backend(server.protocol()).connect(server.config(environment, 8));
    }

    /** Closes the drafter's connections. */
    @Override
    public void close() {
        drafter.close();
    }
}
