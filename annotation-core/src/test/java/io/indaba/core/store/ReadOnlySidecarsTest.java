package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The -wal and -shm a read-only SQLite connection leaves on close (a write-protected project opened by its non-root
 * owner) are removed when this open made them, they are empty, and nobody else has the project open.
 */
class ReadOnlySidecarsTest {

    @TempDir
    Path dir;

    @Test
    void emptySidecarsThisOpenCreatedAreRemoved() throws Exception {
        Path file = project();
        ReadOnlySidecars sidecars = ReadOnlySidecars.before(file);
        Files.createFile(side(file, "-wal"));
        Files.write(side(file, "-shm"), new byte[32_768]);

        sidecars.removeIfLeft();

        assertFalse(Files.exists(side(file, "-wal")));
        assertFalse(Files.exists(side(file, "-shm")));
    }

    @Test
    void sidecarsThatExistedBeforeOrHoldPagesOrAreInUseStay() throws Exception {
        Path file = project();
        Files.createFile(side(file, "-shm"));
        ReadOnlySidecars.before(file).removeIfLeft();
        assertTrue(Files.exists(side(file, "-shm")), "another program's sidecar");
        Files.delete(side(file, "-shm"));

        ReadOnlySidecars sidecars = ReadOnlySidecars.before(file);
        Files.write(side(file, "-wal"), new byte[] {1});
        Files.createFile(side(file, "-shm"));
        sidecars.removeIfLeft();
        assertTrue(Files.exists(side(file, "-wal")), "a WAL with pages in it is never deleted");
        Files.delete(side(file, "-wal"));

        try (Database open = Database.open(file)) {
            ReadOnlySidecars late = ReadOnlySidecars.before(file);
            open.read(c -> null);
            late.removeIfLeft();
            assertTrue(Files.exists(side(file, "-shm")), "the project is open: its -shm is in use");
        }
    }

    private Path project() {
        Path file = dir.resolve("p.indaba");
        TestProjects.create(file, 2).close();
        return file;
    }

    private static Path side(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
