package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups and restores keep a private project private. */
class BackupModesTest {

    @TempDir
    Path dir;

    @Test
    void aBackupOfAPrivateProjectIsPrivateInAPrivateFolderAndARestoreKeepsTheMode() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
        Path file = dir.resolve("p.indaba");
        TestProjects.create(file, 5).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        Path backup;
        try (Project p = Project.open(file)) {
            backup = p.backup("manual");
        }

        assertEquals("rw-------", mode(backup));
        assertEquals("rwx------", mode(Backups.folderFor(file)));
        Backups.restore(backup, file);
        assertEquals("rw-------", mode(file));
    }

    @Test
    void aSharedProjectKeepsItsModeToo() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
        Path file = dir.resolve("p.indaba");
        TestProjects.create(file, 5).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        Path backup;
        try (Project p = Project.open(file)) {
            backup = p.backup("manual");
        }
        assertEquals("rw-rw-r--", mode(backup));
        Backups.restore(backup, file);
        assertEquals("rw-rw-r--", mode(file));
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
