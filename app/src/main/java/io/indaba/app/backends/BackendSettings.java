package io.indaba.app.backends;

import io.indaba.plugin.ApiKey;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The user's saved servers (with their API keys) and LLM drafters, in {@code inference-servers.properties} in the
 * user folder.
 * Because it may hold keys, the file is readable and writable by the user alone (mode 0600 where the file system
 * has POSIX modes; on Windows the user profile's own access control applies): it is written to a temporary file made
 * with that mode and renamed over the old one. Keys never go anywhere else: not into projects, exports or logs.
 */
public final class BackendSettings {

    /** The file's name in the user folder. */
    public static final String FILE = "inference-servers.properties";
    /** Owner read and write, nothing for anyone else. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final List<SavedServer> servers;
    private final List<DrafterChoice> drafters;

    private BackendSettings(Path file, List<SavedServer> servers, List<DrafterChoice> drafters) {
        this.file = file;
        this.servers = List.copyOf(servers);
        this.drafters = List.copyOf(drafters);
    }

    /** Nothing saved yet. */
    public static BackendSettings empty(Path file) {
        return new BackendSettings(file, List.of(), List.of());
    }

    /**
     * Reads {@code file}; a missing file gives no servers. A damaged entry is skipped (the page shows what is left and
     * the next save rewrites the file); an unreadable file fails with its path and reason.
     */
    public static BackendSettings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty(file);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(file + ": cannot read the back-end settings: " + e.getMessage());
        }
        keepPrivate(file);
        List<SavedServer> servers = new ArrayList<>();
        for (int i = 0; p.containsKey("server." + i + ".name"); i++) {
            String at = "server." + i + ".";
            try {
                servers.add(new SavedServer(p.getProperty(at + "name"), blankToNull(p.getProperty(at + "preset")),
                        p.getProperty(at + "url"), p.getProperty(at + "protocol"),
                        ApiKey.of(p.getProperty(at + "key")), p.getProperty(at + "keyEnv")));
            } catch (IllegalArgumentException skipped) {
                // an entry edited by hand into nonsense is dropped, not fatal
            }
        }
        List<DrafterChoice> drafters = new ArrayList<>();
        for (int i = 0; p.containsKey("drafter." + i + ".server"); i++) {
            String at = "drafter." + i + ".";
            try {
                drafters.add(new DrafterChoice(p.getProperty(at + "pair"), p.getProperty(at + "server"),
                        p.getProperty(at + "model"), p.getProperty(at + "prompt")));
            } catch (IllegalArgumentException skipped) {
                // as above
            }
        }
        return new BackendSettings(file, servers, drafters);
    }

    public Path file() {
        return file;
    }

    public List<SavedServer> servers() {
        return servers;
    }

    public List<DrafterChoice> drafters() {
        return drafters;
    }

    /** The saved server called {@code name}, or null. */
    public SavedServer server(String name) {
        return servers.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** These settings with other lists; nothing is written until {@link #save()}. */
    public BackendSettings with(List<SavedServer> newServers, List<DrafterChoice> newDrafters) {
        List<String> names = new ArrayList<>();
        for (SavedServer s : newServers) {
            if (names.contains(s.name())) {
                throw new IllegalArgumentException("two servers are called " + s.name());
            }
            names.add(s.name());
        }
        for (DrafterChoice d : newDrafters) {
            if (!names.contains(d.server())) {
                throw new IllegalArgumentException("the drafter for " + d.pair() + " names server " + d.server()
                        + ", which is not saved");
            }
        }
        return new BackendSettings(file, newServers, newDrafters);
    }

    /** Writes the file, readable by the user alone. */
    public void save() {
        Properties p = new Properties();
        for (int i = 0; i < servers.size(); i++) {
            SavedServer s = servers.get(i);
            String at = "server." + i + ".";
            p.setProperty(at + "name", s.name());
            if (s.preset() != null) {
                p.setProperty(at + "preset", s.preset());
            }
            p.setProperty(at + "url", s.baseUrl());
            p.setProperty(at + "protocol", s.protocol());
            if (s.key().present()) {
                p.setProperty(at + "key", s.key().reveal());
            }
            if (!s.keyEnv().isEmpty()) {
                p.setProperty(at + "keyEnv", s.keyEnv());
            }
        }
        for (int i = 0; i < drafters.size(); i++) {
            DrafterChoice d = drafters.get(i);
            String at = "drafter." + i + ".";
            p.setProperty(at + "pair", d.pair());
            p.setProperty(at + "server", d.server());
            p.setProperty(at + "model", d.model());
            p.setProperty(at + "prompt", d.prompt());
        }
        write(p);
    }

    private void write(Properties p) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            if (posix()) {
                // made with the mode, so the key is never readable by others, not even for a moment
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(temp);
            }
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Indaba inference servers and LLM drafters. Holds API keys: keep it private.");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot save the back-end settings: " + e.getMessage(), e);
        }
    }

    /** A file copied in or edited with a looser mode is made the user's alone again (best effort). */
    private static void keepPrivate(Path file) {
        if (!posix()) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not ours to change (another owner): the keys in it are read all the same
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
