package io.indaba.app.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where Indaba keeps the user's settings, recent projects and the sample project: the platform's per-user
 * data folder, or the folder named by the system property {@code indaba.home}.
 */
public final class UserFolder {

    /** System property that overrides the folder (tests, portable installs). */
    public static final String OVERRIDE = "indaba.home";

    private UserFolder() {
    }

    /** The folder for this process. */
    public static Path resolve() {
        return resolve(System.getProperties(), System.getenv());
    }

    /** The folder for the given system properties and environment. */
    public static Path resolve(Properties system, Map<String, String> env) {
        String override = system.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        Path home = Path.of(system.getProperty("user.home", "."));
        String os = system.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData)).resolve("Indaba");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Indaba");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // XDG says a relative value must be ignored.
        Path data = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return data.resolve("indaba");
    }
}
