package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.cli.Main;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project whose schema differs from what the migrations create is refused on open and reported by check. */
class SchemaCheckTest {

    @TempDir
    Path dir;

    @Test
    void aDroppedTableIsRefusedAndCheckFails() throws Exception {
        Path file = project("dropped.indaba");
        sql(file, "DROP TABLE judgement");

        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> Project.open(file));

        assertEquals(ProjectOpenException.Reason.SCHEMA_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("missing table judgement"), e.getMessage());
        assertFalse(e.canMoveAside(), "the file is sound, only changed; it is not set aside");
        assertCheckFails(file, "judgement");
    }

    @Test
    void aPlantedTriggerIsRefusedBeforeItCanRun() throws Exception {
        Path file = project("trigger.indaba");
        sql(file, "CREATE TRIGGER rewrite AFTER INSERT ON item BEGIN UPDATE translation SET body = 'x'; END");

        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> Project.open(file));

        assertTrue(e.getMessage().contains("unexpected trigger rewrite"), e.getMessage());
        assertCheckFails(file, "trigger rewrite");
    }

    @Test
    void aViewAnExtraColumnAndADroppedIndexAreFound() throws Exception {
        Path file = project("changed.indaba");
        sql(file, "CREATE VIEW v AS SELECT 1", "ALTER TABLE item ADD COLUMN extra TEXT", "DROP INDEX item_kind");

        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> Project.openReadOnly(file));

        assertTrue(e.details().contains("unexpected view v on v"), e.details().toString());
        assertTrue(e.details().stream().anyMatch(d -> d.startsWith("unexpected column of item:") && d.contains("extra")),
                e.details().toString());
        assertTrue(e.details().stream().anyMatch(d -> d.startsWith("missing index item_kind")), e.details().toString());
    }

    @Test
    void anEmptyFileWithIndabasIdAndCurrentVersionIsNotAProject() throws Exception {
        Path file = dir.resolve("empty-tables.indaba");
        sql(file, "PRAGMA application_id = " + Migrations.APPLICATION_ID, "PRAGMA user_version = " + Migrations.LATEST);

        ProjectOpenException e = assertThrows(ProjectOpenException.class, () -> Project.openReadOnly(file));

        assertEquals(ProjectOpenException.Reason.SCHEMA_MISMATCH, e.reason());
        assertCheckFails(file, "missing table item");
    }

    @Test
    void aProjectIndabaMadePassesAndTheCheckIsFast() throws Exception {
        Path file = project("fine.indaba");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SchemaCheck.differences(c, Migrations.LATEST); // computes the expected schema once
            long start = System.nanoTime();
            assertEquals(java.util.List.of(), SchemaCheck.differences(c, Migrations.LATEST));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 200, "schema check took " + ms + " ms");
        }
        assertEquals(0, check(file).code);
    }

    private Path project(String name) {
        Path file = dir.resolve(name);
        TestProjects.create(file, 5).close();
        return file;
    }

    private void assertCheckFails(Path file, String mentioned) {
        Result r = check(file);
        assertEquals(Main.FAILED, r.code, r.out + r.err);
        assertTrue(r.err.contains(mentioned), r.err);
        Result moved = check(file, "--move-aside");
        assertEquals(Main.FAILED, moved.code);
        assertTrue(Files.exists(file), "a file that passes its integrity check is never moved aside");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result check(Path file, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[more.length + 2];
        args[0] = "check";
        args[1] = file.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
