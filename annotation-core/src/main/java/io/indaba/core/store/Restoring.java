package io.indaba.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The staged copy a restore writes beside the project before it swaps it in. */
final class Restoring {

    private Restoring() {
    }

    /** Where a restore stages the backup it puts in place. */
    static Path fileFor(Path project) {
        Path absolute = project.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".restoring");
    }

    /**
     * Deletes the staged copy of a restore that was killed. Called with the project lock held: a restore in progress
     * holds it exclusively, so any staged copy seen here is stale.
     */
    static void sweep(Path project) {
        try {
            Files.deleteIfExists(fileFor(project));
        } catch (IOException ignored) {
            // a read-only folder: nothing we could have written there
        }
    }
}
