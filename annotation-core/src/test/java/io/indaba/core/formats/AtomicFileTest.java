package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void theTargetIsReplacedAndNoTemporaryFileIsLeft() throws IOException {
        Path target = dir.resolve("out/data.jsonl");

        AtomicFile.write(target, out -> out.write("first\n".getBytes(StandardCharsets.UTF_8)));
        AtomicFile.write(target, out -> out.write("second\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals("second\n", Files.readString(target));
        assertEquals(List.of(target), files(target.getParent()));
    }

    @Test
    void aLargeFileSyncedAsItIsWrittenArrivesWhole() throws IOException {
        Path target = dir.resolve("big.bin");
        byte[] chunk = new byte[64 << 10];
        Arrays.fill(chunk, (byte) 'x');

        // 5 MB with a background sync every 256 KB: several syncs run while the body writes
        AtomicFile.write(target, out -> {
            for (int i = 0; i < 80; i++) {
                chunk[0] = (byte) i;
                out.write(chunk);
            }
        }, 256 << 10);

        byte[] read = Files.readAllBytes(target);
        assertEquals(80 * chunk.length, read.length);
        assertEquals(79, read[79 * chunk.length]);
        assertFalse(syncAlive(), "no sync thread outlives the write");
    }

    @Test
    void aFailingBodyLeavesTheOldFileAndNoTemporaryFileEvenWithASyncInFlight() throws IOException {
        Path target = dir.resolve("keep.jsonl");
        Files.writeString(target, "old\n");
        byte[] chunk = new byte[64 << 10];
        IOException full = new IOException("No space left on device");

        IOException thrown = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            for (int i = 0; i < 40; i++) {
                out.write(chunk);
            }
            throw full;
        }, 128 << 10));

        assertSame(full, thrown);
        assertArrayEquals("old\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of(target), files(dir));
        assertFalse(syncAlive());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static boolean syncAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("indaba-file-sync") && t.isAlive());
    }
}
