package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
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

        assertSame(full, thrown.getCause());
        assertArrayEquals("old\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of(target), files(dir));
        assertFalse(syncAlive());
    }

    @Test
    void aFullDiskIsNamedWithTheFileEvenWhenTheWriterWrappedIt() {
        Path target = dir.resolve("full.jsonl");
        // JSON writers wrap the stream's IOException in an unchecked one; the user must still read "disk full"
        DiskFullException e = assertThrows(DiskFullException.class, () -> AtomicFile.write(target, out -> {
            throw new IllegalStateException(new IOException("No space left on device"));
        }));
        assertEquals("disk full while writing " + target.toAbsolutePath() + "; free some space and try again",
                e.getMessage());
    }

    @Test
    void staleTemporariesOfKilledExportsAreRemovedButFreshOnesAndOthersFilesStay() throws IOException {
        Path stale = Files.writeString(dir.resolve(".data.jsonl.123.partial"), "x".repeat(1000));
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path fresh = Files.writeString(dir.resolve(".data.jsonl.456.partial"), "being written");
        Path foreign = Files.writeString(dir.resolve("notes.partial"), "not ours");
        Files.setLastModifiedTime(foreign, FileTime.from(Instant.now().minus(Duration.ofDays(1))));

        StalePartials.clean(dir, Instant.now().minus(Duration.ofHours(1)));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "a temporary newer than this process may be in progress");
        assertTrue(Files.exists(foreign));

        Files.setLastModifiedTime(fresh, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        AtomicFile.write(dir.resolve("data.jsonl"), out -> out.write('x'));
        assertFalse(Files.exists(fresh), "the next export in the folder cleans up");
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
