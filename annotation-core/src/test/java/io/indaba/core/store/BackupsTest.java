package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void twelveBackupsLeaveTheNewestTenNewestFirst() {
        Path file = dir.resolve("rolling.indaba");
        List<Path> made = new ArrayList<>();
        try (Project p = TestProjects.create(file, 3)) {
            for (int i = 0; i < 12; i++) {
                made.add(p.backup("b" + i));
            }
            List<Path> kept = p.backups();

            assertEquals(Backups.KEEP, kept.size());
            assertEquals(made.reversed().subList(0, Backups.KEEP), kept);
            assertFalse(Files.exists(made.get(0)));
            assertFalse(Files.exists(made.get(1)));
            assertEquals(kept.get(0), Backups.newestFor(file).orElseThrow());
        }
    }

    @Test
    void aBackupIsACompleteProjectAsItWasWhenTaken() {
        Path file = dir.resolve("online.indaba");
        Path backup;
        try (Project p = TestProjects.create(file, 20)) {
            TestProjects.Seeded s = TestProjects.seed(p);
            p.judgements().submit(TestProjects.judgement(s, "before"));
            backup = p.backup(null);
            p.judgements().submit(TestProjects.judgement(s, "after"));
        }
        assertEquals(Backups.folderFor(file), backup.getParent());
        try (Project copy = Project.open(backup)) {
            assertEquals(List.of(), copy.integrityProblems());
            assertEquals(20, copy.itemCount());
            assertTrue(copy.judgements().exists("before"));
            assertFalse(copy.judgements().exists("after"));
        }
    }

    @Test
    void restoreBringsTheBackupBackAndMovesTheCurrentFileAside() {
        Path file = dir.resolve("restore.indaba");
        Path backup;
        try (Project p = TestProjects.create(file, 5)) {
            TestProjects.Seeded s = TestProjects.seed(p);
            p.judgements().submit(TestProjects.judgement(s, "kept"));
            backup = p.backup("good");
            p.judgements().submit(TestProjects.judgement(s, "later"));
        }

        Path aside = Backups.restore(backup, file);

        assertNotNull(aside);
        try (Project restored = Project.open(file)) {
            assertTrue(restored.judgements().exists("kept"));
            assertFalse(restored.judgements().exists("later"));
        }
        try (Project previous = Project.open(aside)) {
            assertTrue(previous.judgements().exists("later"), "the replaced file is kept, not overwritten");
        }
        assertTrue(Files.exists(backup), "restoring copies the backup; the backup itself stays");
    }

    @Test
    void restoringADamagedBackupLeavesTheProjectUntouched() throws IOException {
        Path file = dir.resolve("keep.indaba");
        TestProjects.create(file, 2).close();
        byte[] before = TestProjects.bytes(file);
        Path junk = Files.createDirectories(Backups.folderFor(file)).resolve("keep-junk.indaba");
        Files.writeString(junk, "not a database");

        assertThrows(ProjectOpenException.class, () -> Backups.restore(junk, file));

        assertArrayEquals(before, TestProjects.bytes(file));
    }

    @Test
    void aBackupClearsOldUnfinishedCopiesLeftByAKilledBackupButNotFreshOnes() throws IOException {
        Path file = dir.resolve("partial.indaba");
        Path folder = Files.createDirectories(Backups.folderFor(file));
        Path stale = Files.writeString(folder.resolve("partial-20240101-000000-000.indaba.partial"), "half a copy");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path fresh = Files.writeString(folder.resolve("partial-20990101-000000-000.indaba.partial"), "being written");

        try (Project p = TestProjects.create(file, 2)) {
            p.backup(null);
        }

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
    }
}
