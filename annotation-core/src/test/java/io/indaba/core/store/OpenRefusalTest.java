package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files Indaba must refuse to open: each with a one-line reason, never touched, the newest backup offered. */
class OpenRefusalTest {

    @TempDir
    Path dir;

    @Test
    void aFileFromANewerIndabaIsRefusedNamingBothSchemaVersions() throws Exception {
        Path file = dir.resolve("newer.indaba");
        TestProjects.create(file, 3).close();
        sql(file, "PRAGMA user_version = 99");

        ProjectOpenException e = refused(file, ProjectOpenException.Reason.NEWER_SCHEMA);

        assertTrue(e.getMessage().contains("schema 99"), e.getMessage());
        assertTrue(e.getMessage().contains("up to " + Migrations.LATEST), e.getMessage());
        assertFalse(e.canMoveAside());
    }

    @Test
    void aTextFileIsRefusedAsNotAProject() throws IOException {
        Path file = dir.resolve("notes.indaba");
        Files.writeString(file, "these are my notes\nnot a database\n");

        ProjectOpenException e = refused(file, ProjectOpenException.Reason.NOT_SQLITE);

        assertTrue(e.getMessage().contains("not an Indaba project"), e.getMessage());
        assertEquals(Optional.empty(), e.newestBackup());
        assertFalse(e.canMoveAside(), "a text file is not damaged; it is not offered for moving aside");
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() throws IOException {
        Path file = dir.resolve("empty.indaba");
        Files.createFile(file);

        ProjectOpenException e = refused(file, ProjectOpenException.Reason.NOT_SQLITE);

        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAsForeign() throws Exception {
        Path file = dir.resolve("other-app.db");
        sql(file, "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)",
                "INSERT INTO recipe (name) VALUES ('injera')");

        ProjectOpenException e = refused(file, ProjectOpenException.Reason.FOREIGN);

        assertTrue(e.getMessage().contains("not an Indaba project"), e.getMessage());
    }

    @Test
    void aMissingFileIsReportedAndNotCreated() {
        Path file = dir.resolve("missing.indaba");

        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> Project.open(file));

        assertEquals(ProjectOpenException.Reason.NOT_FOUND, e.reason());
        assertFalse(Files.exists(file));
    }

    @Test
    void aDamagedSchemaPageIsRefusedAndTheNewestBackupOffered() throws IOException {
        Path file = dir.resolve("damaged.indaba");
        Path backup;
        try (Project p = TestProjects.create(file, 300)) {
            p.backup("first");
            backup = p.backup("second");
        }
        // Page 1 holds the schema table right after the 100-byte file header.
        overwrite(file, 100, 3_000);

        ProjectOpenException e = refused(file, ProjectOpenException.Reason.CORRUPT);

        assertEquals(Optional.of(backup), e.newestBackup());
        assertTrue(e.getMessage().contains(backup.toString()), e.getMessage());
        assertTrue(e.canMoveAside());
    }

    @Test
    void damageInTheMiddleOfTheFileIsFoundOnOpenOrByTheIntegrityCheck() throws IOException {
        Path file = dir.resolve("middle.indaba");
        TestProjects.create(file, 2_000).close();
        long size = Files.size(file);
        overwrite(file, size / 2, 8_192);
        byte[] before = TestProjects.bytes(file);

        try (Project p = Project.open(file)) {
            assertFalse(p.integrityProblems().isEmpty(), "integrity_check must report the damaged pages");
        } catch (ProjectOpenException e) {
            assertEquals(ProjectOpenException.Reason.CORRUPT, e.reason());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        assertArrayEquals(before, TestProjects.bytes(file));
    }

    /** Opens {@code file} expecting a refusal for {@code reason}; checks the message and that nothing changed. */
    private ProjectOpenException refused(Path file, ProjectOpenException.Reason reason) throws IOException {
        byte[] before = TestProjects.bytes(file);
        List<Path> filesBefore = listing();

        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> Project.open(file));

        assertEquals(reason, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath().toString()), e.getMessage());
        assertArrayEquals(before, TestProjects.bytes(file), "a refused file must never be written to");
        assertEquals(filesBefore, listing(), "opening must leave no new files behind");
        return e;
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    static void overwrite(Path file, long offset, int length) throws IOException {
        byte[] junk = new byte[length];
        Arrays.fill(junk, (byte) 0xA5);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(junk);
        }
    }
}
