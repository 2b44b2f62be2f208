package io.indaba.core.generate;

import io.indaba.plugin.BackendDescriptor;
import io.indaba.plugin.InferenceBackend;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every inference back-end on offer, built once at start-up: the built-in modules on the class path, then each
 * {@code .jar} in the plugin folders, each in its own class loader so two plugins cannot clash over a library. A
 * plugin built for another SPI version, or one that throws while loading, is listed as disabled with its reason.
 */
public final class Backends {

    private static final int MAX_CONSECUTIVE_LOAD_FAILURES = 50;

    private final List<BackendPlugin> plugins = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private Backends() {
    }

    /** The built-ins visible to {@code builtIn}, then the jars in {@code folders} (missing folders are skipped). */
    public static Backends load(ClassLoader builtIn, List<Path> folders) {
        Backends b = new Backends();
        b.loadFrom(builtIn, "built-in", null);
        for (Path folder : folders) {
            for (Path jar : jars(folder)) {
                b.loadJar(builtIn, jar);
            }
        }
        return b;
    }

    /** The user's plugin folder: {@code plugins} in Indaba's data folder (see the app's UserFolder). */
    public static Path userPluginFolder() {
        String override = System.getProperty("indaba.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("plugins");
        }
        Path home = Path.of(System.getProperty("user.home", "."));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("Indaba").resolve("plugins");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Indaba").resolve("plugins");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return data.resolve("indaba").resolve("plugins");
    }

    private static List<Path> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void loadJar(ClassLoader parent, Path jar) {
        URL url;
        try {
            url = jar.toUri().toURL();
        } catch (MalformedURLException e) {
            plugins.add(BackendPlugin.disabled(jar.getFileName().toString(), null, jar.toString(), e.getMessage()));
            return;
        }
        // never closed: the plugin's classes live as long as the application
        URLClassLoader loader = new URLClassLoader(new URL[] {url}, parent);
        int before = plugins.size();
        loadFrom(loader, jar.toString(), loader);
        if (plugins.size() == before) {
            plugins.add(BackendPlugin.disabled(jar.getFileName().toString(), null, jar.toString(),
                    "no inference back-end in it (META-INF/services/" + InferenceBackend.class.getName() + ")"));
        }
    }

    /** Providers of {@code loader}; with {@code only} set, just those defined by that loader, not its parent's. */
    private void loadFrom(ClassLoader loader, String origin, ClassLoader only) {
        Iterator<ServiceLoader.Provider<InferenceBackend>> it =
                ServiceLoader.load(InferenceBackend.class, loader).stream().iterator();
        int failedInARow = 0;
        while (failedInARow < MAX_CONSECUTIVE_LOAD_FAILURES) {
            ServiceLoader.Provider<InferenceBackend> provider;
            try {
                if (!it.hasNext()) {
                    return;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                plugins.add(BackendPlugin.disabled(origin, null, origin, oneLine(e)));
                failedInARow++;
                continue;
            }
            failedInARow = 0;
            if (only == null || provider.type().getClassLoader() == only) {
                register(provider, origin);
            }
        }
    }

    private void register(ServiceLoader.Provider<InferenceBackend> provider, String origin) {
        String className = provider.type().getName();
        try {
            InferenceBackend backend = provider.get();
            BackendDescriptor d = backend.descriptor();
            if (d == null) {
                plugins.add(BackendPlugin.disabled(className, null, origin, "describes itself as null"));
            } else if (d.spiVersion() != InferenceBackend.SPI_VERSION) {
                plugins.add(BackendPlugin.disabled(d.id(), d.protocol(), origin, "built for plugin SPI version "
                        + d.spiVersion() + ", this Indaba speaks version " + InferenceBackend.SPI_VERSION));
            } else if (!ids.add(d.id())) {
                plugins.add(BackendPlugin.disabled(d.id(), d.protocol(), origin, "its id '" + d.id()
                        + "' is already taken"));
            } else {
                plugins.add(BackendPlugin.enabled(d, origin, backend));
            }
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            plugins.add(BackendPlugin.disabled(className, null, origin, oneLine(e)));
        }
    }

    /** Every plugin found, enabled or not, built-ins first. */
    public List<BackendPlugin> all() {
        return List.copyOf(plugins);
    }

    /** The first enabled back-end speaking {@code protocol} ({@code openai}, {@code ollama}). */
    public Optional<InferenceBackend> forProtocol(String protocol) {
        return plugins.stream().filter(BackendPlugin::isEnabled).filter(p -> p.protocol().equals(protocol))
                .map(BackendPlugin::backend).findFirst();
    }

    /** The protocols some enabled back-end speaks, for messages. */
    public List<String> protocols() {
        return plugins.stream().filter(BackendPlugin::isEnabled).map(BackendPlugin::protocol).distinct().toList();
    }

    static String oneLine(Throwable e) {
        Throwable shown = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
        String message = shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage());
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
