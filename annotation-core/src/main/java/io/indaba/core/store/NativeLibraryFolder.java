package io.indaba.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Points sqlite-jdbc at a folder of ours for its unpacked native library: each killed process leaves a 1 MB copy and
 * its lock file behind, so they collect in one place and old ones are swept on the next start.
 */
final class NativeLibraryFolder {

    static final String PROPERTY = "org.sqlite.tmpdir";
    private static final Duration STALE = Duration.ofMinutes(10);

    private NativeLibraryFolder() {
    }

    /** Sets {@code org.sqlite.tmpdir} unless the user or a launcher chose a folder or a library already. */
    static synchronized void use() {
        if (System.getProperty(PROPERTY) != null || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "indaba-" + user, "sqlite");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return; // sqlite-jdbc falls back to the temp folder itself
        }
        sweep(folder);
        System.setProperty(PROPERTY, folder.toString());
    }

    /**
     * Deletes unpacked libraries older than a few minutes: a running process has the file mapped already (deleting
     * it is harmless on Linux and macOS, refused on Windows), and a starting one has just written a fresh copy.
     */
    static void sweep(Path folder) {
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "sqlite-*")) {
            for (Path f : files) {
                try {
                    if (Files.getLastModifiedTime(f).compareTo(cutoff) < 0) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException ignored) {
                    // in use on Windows; the next start retries
                }
            }
        } catch (IOException ignored) {
            // nothing to sweep
        }
    }
}
