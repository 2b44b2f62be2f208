package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.indaba.core.cli.Main;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A full disk, a read-only folder or a busy file is an I/O condition, never "damaged", and never moved aside. */
class OpenFailureKindsTest {

    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            sh("umount", mounted.toString());
        }
    }

    @Test
    void onlyCorruptAndNotADatabaseMeanDamage() {
        assertEquals(ProjectOpenException.Reason.DISK_FULL, reason(SQLiteErrorCode.SQLITE_FULL));
        assertEquals(ProjectOpenException.Reason.READ_ONLY, reason(SQLiteErrorCode.SQLITE_READONLY));
        assertEquals(ProjectOpenException.Reason.READ_ONLY, reason(SQLiteErrorCode.SQLITE_PERM));
        assertEquals(ProjectOpenException.Reason.LOCKED, reason(SQLiteErrorCode.SQLITE_BUSY));
        assertEquals(ProjectOpenException.Reason.LOCKED, reason(SQLiteErrorCode.SQLITE_LOCKED));
        assertEquals(ProjectOpenException.Reason.IO_ERROR, reason(SQLiteErrorCode.SQLITE_CANTOPEN));
        assertEquals(ProjectOpenException.Reason.IO_ERROR, reason(SQLiteErrorCode.SQLITE_IOERR));
        assertEquals(ProjectOpenException.Reason.CORRUPT, reason(SQLiteErrorCode.SQLITE_CORRUPT));
        assertEquals(ProjectOpenException.Reason.CORRUPT, reason(SQLiteErrorCode.SQLITE_NOTADB));
        for (ProjectOpenException.Reason r : List.of(ProjectOpenException.Reason.DISK_FULL,
                ProjectOpenException.Reason.READ_ONLY, ProjectOpenException.Reason.LOCKED,
                ProjectOpenException.Reason.IO_ERROR)) {
            assertFalse(new ProjectOpenException(r, dir, "x", null, null).canMoveAside(), r.name());
        }
    }

    @Test
    void aFullDiskIsNotReportedAsDamageAndTheProjectIsNotMovedAside() throws Exception {
        Path disk = mount("size=2m");
        Path file = disk.resolve("p.indaba");
        TestProjects.create(file, 5).close();
        fill(disk.resolve("filler"));

        try (Project p = Project.open(file)) {
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> p.addTargetLanguage("fr", "tester"));
            assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
        } catch (ProjectOpenException e) {
            assertNotEquals(ProjectOpenException.Reason.CORRUPT, e.reason(), e.getMessage());
            assertFalse(e.getMessage().contains("is damaged"), e.getMessage());
            assertFalse(e.canMoveAside());
        }
        String err = cli("check", file.toString(), "--move-aside");
        assertFalse(err.contains("is damaged"), err);
        assertTrue(Files.exists(file), "a healthy project on a full disk stays where it is");
        Files.delete(disk.resolve("filler"));
        assertEquals("", cli("check", file.toString()));
    }

    @Test
    void aReadOnlyFolderIsNotReportedAsDamage() throws Exception {
        Path disk = mount("size=4m");
        Path file = disk.resolve("p.indaba");
        TestProjects.create(file, 5).close();
        Files.deleteIfExists(ProjectLock.fileFor(file));
        assumeTrue(sh("mount", "-o", "remount,ro", disk.toString()) == 0, "cannot remount the tmpfs read-only");

        try (Project p = Project.openReadOnly(file)) {
            assertEquals(5, p.itemCount());
        } catch (ProjectOpenException e) {
            assertNotEquals(ProjectOpenException.Reason.CORRUPT, e.reason(), e.getMessage());
            assertFalse(e.canMoveAside());
            assertFalse(e.getMessage().contains("is damaged"), e.getMessage());
        }
        try (Project p = Project.open(file)) {
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> p.addTargetLanguage("fr", "tester"));
            assertFalse(e.getMessage().contains("is damaged"), e.getMessage());
        } catch (ProjectOpenException e) {
            assertNotEquals(ProjectOpenException.Reason.CORRUPT, e.reason(), e.getMessage());
            assertFalse(e.canMoveAside());
        }
        String err = cli("check", file.toString(), "--move-aside");
        assertFalse(err.contains("is damaged"), err);
        assertTrue(Files.exists(file));
    }

    private static ProjectOpenException.Reason reason(SQLiteErrorCode code) {
        return ProjectOpenException.reasonFor(new SQLiteException("test", code));
    }

    private Path mount(String options) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to mount a small tmpfs");
        Path point = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", options, "tmpfs", point.toString()) == 0, "mount failed");
        mounted = point;
        return point;
    }

    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    private static String cli(String... args) {
        StringWriter err = new StringWriter();
        Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return err.toString();
    }

    private static int sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
