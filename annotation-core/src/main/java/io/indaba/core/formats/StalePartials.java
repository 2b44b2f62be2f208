package io.indaba.core.formats;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes the hidden {@code .NAME.*.partial} temporaries that killed exports left in a folder (each can be as large
 * as the export). Only files last written before this process started go: those cannot be in progress here, and
 * an export running in another process keeps touching its temporary.
 */
final class StalePartials {

    private static final Instant STARTED = ProcessHandle.current().info().startInstant()
            .orElseGet(() -> Instant.now().minus(Duration.ofHours(1)));

    private StalePartials() {
    }

    /** Deletes our stale temporaries in {@code folder}; a file that cannot be deleted is left for next time. */
    static void clean(Path folder) {
        clean(folder, STARTED);
    }

    static void clean(Path folder, Instant before) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        FileTime cutoff = FileTime.from(before);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.partial")) {
            for (Path p : files) {
                try {
                    if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).compareTo(cutoff) < 0) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException ignored) {
                    // another process may have just renamed or removed it: nothing to clean
                }
            }
        } catch (IOException ignored) {
            // an unlistable folder: the export itself reports what is wrong with it
        }
    }
}
