package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore and move-aside refuse while any process has the project open, so no write lands in a moved-aside file. */
class ProjectLockTest {

    @TempDir
    Path dir;

    @Test
    void restoreAndMoveAsideAreRefusedWhileAnotherProcessHasTheProjectOpen() throws Exception {
        Path file = dir.resolve("p.indaba");
        Path backup;
        try (Project p = TestProjects.create(file, 5)) {
            backup = p.backup("first");
        }
        byte[] before = TestProjects.bytes(file);
        List<String> command = ChildJvm.command(dir, HoldOpenChild.class, List.of(file.toString()), List.of("--warm-up"));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine(); // the JVM may log a line about its class-data archive first
            } while (line != null && !line.equals("open"));
            assertEquals("open", line);

            StoreException restore = assertThrows(StoreException.class, () -> Backups.restore(backup, file));
            assertTrue(restore.getMessage().contains("in use by another process"), restore.getMessage());
            StoreException aside = assertThrows(StoreException.class, () -> Quarantine.moveAside(file, "damaged"));
            assertTrue(aside.getMessage().contains("in use by another process"), aside.getMessage());
            assertTrue(Files.exists(file));
            assertFalse(Files.exists(Restoring.fileFor(file)), "a refused restore stages nothing");
        } finally {
            child.getOutputStream().close();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(java.util.Arrays.equals(before, TestProjects.bytes(file)));
        Path movedAside = Backups.restore(backup, file);
        assertTrue(Files.exists(movedAside), "once the other process closed it, the restore goes ahead");
    }

    @Test
    void restoreIsRefusedWhileThisProgramHasTheProjectOpen() throws Exception {
        Path file = dir.resolve("p.indaba");
        try (Project p = TestProjects.create(file, 5)) {
            Path backup = p.backup("first");
            StoreException e = assertThrows(StoreException.class, () -> Backups.restore(backup, file));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            p.itemCount();
        }
    }

    @Test
    void anOpenWaitsOutARestoreAndIsThenRefusedAsLocked() throws Exception {
        Path file = dir.resolve("p.indaba");
        TestProjects.create(file, 5).close();
        try (ProjectLock restoring = ProjectLock.exclusive(file)) {
            ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> Database.openReadOnly(file));
            assertEquals(ProjectOpenException.Reason.LOCKED, e.reason());
            assertFalse(e.canMoveAside());
        }
        try (Database db = Database.openReadOnly(file)) {
            db.read(c -> null);
        }
    }

    @Test
    void severalOpensInOneProcessShareTheLockAndReleaseItOnClose() {
        Path file = dir.resolve("p.indaba");
        TestProjects.create(file, 5).close();
        Database a = Database.open(file);
        Database b = Database.openReadOnly(file);
        a.close();
        assertThrows(StoreException.class, () -> ProjectLock.exclusive(file).close());
        b.close();
        ProjectLock.exclusive(file).close();
    }

    @Test
    void aStagedCopyLeftByAKilledRestoreIsRemovedOnTheNextOpen() throws Exception {
        Path file = dir.resolve("p.indaba");
        TestProjects.create(file, 5).close();
        Files.writeString(Restoring.fileFor(file), "half a copy");
        Database.openReadOnly(file).close();
        assertFalse(Files.exists(Restoring.fileFor(file)));
    }
}
