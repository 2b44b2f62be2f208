package io.indaba.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code -wal} and {@code -shm} files a read-only open may create: SQLite removes them on close only for a
 * connection that can write, so a read of a write-protected project would leave them behind.
 */
final class ReadOnlySidecars {

    private final Path project;
    private final boolean walExisted;
    private final boolean shmExisted;

    private ReadOnlySidecars(Path project, boolean walExisted, boolean shmExisted) {
        this.project = project;
        this.walExisted = walExisted;
        this.shmExisted = shmExisted;
    }

    /** Notes which sidecars exist before the open. */
    static ReadOnlySidecars before(Path project) {
        return new ReadOnlySidecars(project, Files.exists(side(project, "-wal")), Files.exists(side(project, "-shm")));
    }

    /** Removes sidecars this open created, if they hold nothing and no other process has the project open. */
    void removeIfLeft() {
        Path wal = side(project, "-wal");
        Path shm = side(project, "-shm");
        if (walExisted || shmExisted || !Files.exists(shm)) {
            return;
        }
        try (ProjectLock alone = ProjectLock.exclusive(project)) {
            if (!Files.exists(wal) || Files.size(wal) == 0) {
                Files.deleteIfExists(wal);
                Files.deleteIfExists(shm);
            }
        } catch (StoreException | IOException busy) {
            // another process uses them now; it removes them when it closes
        }
    }

    private static Path side(Path project, String suffix) {
        return project.resolveSibling(project.getFileName() + suffix);
    }
}
