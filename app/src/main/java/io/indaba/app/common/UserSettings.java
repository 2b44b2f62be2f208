package io.indaba.app.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The user's settings (theme, recent projects) as observable properties, written to a properties file in the
 * user folder whenever they change: to a temporary file first, then renamed, so a crash never leaves half a file.
 */
public final class UserSettings {

    /** How many recent projects are remembered. */
    public static final int RECENT_LIMIT = 10;

    private static final String DARK = "theme.dark";
    private static final String RECENT = "recent.";

    private final Path file;
    private final Executor writer;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();

    private UserSettings(Path file, Executor writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Reads the settings file (a missing or unreadable file gives the defaults) and saves on every change. */
    public static UserSettings load(Path file, Executor writer) {
        UserSettings settings = new UserSettings(file, writer);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file must not stop the workbench; the next save replaces it.
                p.clear();
            }
        }
        settings.dark.set(Boolean.parseBoolean(p.getProperty(DARK, "false")));
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String value = p.getProperty(RECENT + i);
            if (value != null && !value.isBlank()) {
                settings.recent.add(Path.of(value));
            }
        }
        settings.dark.addListener((o, was, now) -> settings.save());
        settings.recent.addListener((javafx.collections.ListChangeListener<Path>) c -> settings.save());
        return settings;
    }

    /** Whether the dark theme is chosen. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Recently opened projects, newest first. */
    public ObservableList<Path> recentProjects() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** Puts {@code project} at the top of the recent list. */
    public void remember(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(recent);
        next.remove(absolute);
        next.add(0, absolute);
        recent.setAll(next.subList(0, Math.min(RECENT_LIMIT, next.size())));
    }

    /** Drops {@code project} from the recent list (e.g. after it was moved aside). */
    public void forget(Path project) {
        recent.remove(project.toAbsolutePath().normalize());
    }

    /** The settings file. */
    public Path file() {
        return file;
    }

    private void save() {
        Properties p = new Properties();
        p.setProperty(DARK, Boolean.toString(dark.get()));
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty(RECENT + i, recent.get(i).toString());
        }
        writer.execute(() -> write(p));
    }

    private void write(Properties p) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Indaba user settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot save settings: " + e.getMessage(), e);
        }
    }
}
