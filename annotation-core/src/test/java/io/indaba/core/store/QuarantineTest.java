package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {

    @TempDir
    Path dir;

    @Test
    void theFileMovesAsideWithItsWalAndSharedMemoryFiles() throws IOException {
        Path file = dir.resolve("p.indaba");
        Files.writeString(file, "main");
        Files.writeString(dir.resolve("p.indaba-wal"), "wal");
        Files.writeString(dir.resolve("p.indaba-shm"), "shm");

        Path aside = Quarantine.moveAside(file, "damaged");

        assertTrue(aside.getFileName().toString().startsWith("p.indaba.damaged-"), aside.toString());
        assertEquals(dir, aside.getParent());
        assertEquals("main", Files.readString(aside));
        assertEquals("wal", Files.readString(aside.resolveSibling(aside.getFileName() + "-wal")));
        assertEquals("shm", Files.readString(aside.resolveSibling(aside.getFileName() + "-shm")));
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("p.indaba-wal")));
        assertFalse(Files.exists(dir.resolve("p.indaba-shm")));
    }

    @Test
    void aFileWithoutSidecarsMovesAlone() throws IOException {
        Path file = dir.resolve("alone.indaba");
        Files.writeString(file, "main");

        Path aside = Quarantine.moveAside(file, "foreign");

        assertEquals("main", Files.readString(aside));
        assertFalse(Files.exists(aside.resolveSibling(aside.getFileName() + "-wal")));
    }

    @Test
    void movingAsideTwiceInOneSecondNeverOverwritesTheFirst() throws IOException {
        Path file = dir.resolve("twice.indaba");
        Files.writeString(file, "first");
        Path first = Quarantine.moveAside(file, "damaged");
        Files.writeString(file, "second");
        Path second = Quarantine.moveAside(file, "damaged");

        assertNotEquals(first, second);
        assertEquals("first", Files.readString(first));
        assertEquals("second", Files.readString(second));
    }
}
