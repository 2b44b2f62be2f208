package io.indaba.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.formats.DiskFullException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export and command-line surface: what it refuses, what --help lists, and how failures read. */
class CliSafetyTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path project() throws IOException {
        Path p = dir.resolve("t.indaba");
        assertEquals(0, run("new", p.toString(), "--name", "T", "--source-lang", "en", "--target-lang", "am").code());
        Path in = Files.writeString(dir.resolve("in.jsonl"),
                "{\"id\":\"m1\",\"kind\":\"mcq\",\"question\":\"Q?\",\"A\":\"a\",\"B\":\"b\",\"answer\":\"A\"}\n");
        assertEquals(0, run("import", p.toString(), in.toString()).code());
        return p;
    }

    @Test
    void aReadingCommandUpgradesAnOlderProjectOnceAndThenWritesNothing() throws Exception {
        // a project as schema 1 wrote it: today's, less what migrations 2, 3 (generation), 4 (the audit), 5 (the
        // machine draft a revision started from) and 6 (audit queues and suggested adaptations) added
        Path old = project();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var s = c.createStatement()) {
            s.execute("DROP TABLE source_revision");
            s.execute("DROP INDEX candidate_generated_sample");
            s.execute("DROP TABLE generation_job");
            for (String undo : List.of("DROP TABLE audit_suggestion", "DROP TABLE audit_assignment",
                    "DROP TABLE audit_guideline", "DROP TABLE audit_rule_set",
                    "DROP TABLE audit_adjudication", "DROP INDEX audit_lang", "ALTER TABLE audit DROP COLUMN answers",
                    "ALTER TABLE audit DROP COLUMN guideline_version",
                    "ALTER TABLE translation_revision DROP COLUMN draft_body",
                    "ALTER TABLE translation_revision DROP COLUMN draft_origin")) {
                s.execute(undo);
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        io.indaba.core.store.Backups.list(old).forEach(b -> b.toFile().delete());
        CliRun first = run("info", old.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("schema version " + io.indaba.core.store.Migrations.LATEST), first.out());
        byte[] upgraded = Files.readAllBytes(old);
        List<Path> backups = io.indaba.core.store.Backups.list(old);
        assertEquals(1, backups.size(), "one before-migration backup: " + backups);
        for (String command : List.of("info", "stats", "qa", "check")) {
            CliRun again = run(command, old.toString());
            assertTrue(again.code() == 0, command + ": " + again.err());
        }
        assertEquals(backups, io.indaba.core.store.Backups.list(old), "no further backups");
        assertTrue(java.util.Arrays.equals(upgraded, Files.readAllBytes(old)), "reads wrote nothing");
    }

    @Test
    void exportRefusesTheProjectItselfAndReplacesAFileOnlyWithForce() throws IOException {
        Path p = project();
        byte[] before = Files.readAllBytes(p);
        CliRun self = run("export", p.toString(), "--format", "jsonl", "--out", p.toString(), "--force");
        assertEquals(Main.FAILED, self.code());
        assertTrue(self.err().contains("project"), self.err());
        assertEquals(0, run("info", p.toString()).code(), "the project is still a project");
        assertEquals(before.length, Files.size(p));

        Path out = Files.writeString(dir.resolve("o.jsonl"), "keep\n");
        CliRun refused = run("export", p.toString(), "--format", "jsonl", "--out", out.toString());
        assertEquals(Main.FAILED, refused.code());
        assertTrue(refused.err().contains("already exists; pass --force"), refused.err());
        assertEquals("keep\n", Files.readString(out));
        CliRun forced = run("export", p.toString(), "--format", "jsonl", "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(out).contains("m1"));
    }

    @Test
    void aTrailingSlashMeansAFolder() throws IOException {
        Path p = project();
        CliRun r = run("export", p.toString(), "--format", "jsonl", "--out", dir.resolve("bm") + "/");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("is a folder"), r.err());
        assertFalse(Files.exists(dir.resolve("bm")), "no file named bm");
    }

    @Test
    void exportingTheSourceLanguageSaysWhyNothingWasWritten() throws IOException {
        Path p = project();
        CliRun r = run("export", p.toString(), "--format", "mmlu-csv", "--lang", "en", "--out", dir.resolve("m").toString());
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().contains("en is the project's source language"), r.err());
    }

    @Test
    void everyCommandAnswersHelpAndListsTheChoices() {
        for (String command : List.of("new", "info", "check", "backup", "import", "export", "qa", "stats")) {
            CliRun r = run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: indaba " + command), r.out());
        }
        String export = run("export", "-h").out();
        assertTrue(export.contains("mmlu-csv") && export.contains("dpo-conversational") && export.contains("--force"), export);
        String imports = run("import", "--help").out();
        assertTrue(imports.contains("xliff") && imports.contains("mmlu-csv"), imports);
        assertFalse(imports.contains("--formats"), "no option that does not exist is offered");
        assertTrue(run("qa", "--help").out().contains("blank-count"));
    }

    @Test
    void malformedValuesAreUsageErrors() throws IOException {
        Path p = project();
        CliRun limit = run("qa", p.toString(), "--limit", "-1");
        assertEquals(Main.USAGE, limit.code());
        assertTrue(limit.err().contains("--limit must be 0 or more"), limit.err());
        CliRun tag = run("export", p.toString(), "--format", "jsonl", "--lang", "en_US", "--out", "x.jsonl");
        assertEquals(Main.USAGE, tag.code());
        assertTrue(tag.err().contains("use '-' not '_'"), tag.err());
        CliRun folder = run("import", p.toString(), dir.toString());
        assertEquals(Main.FAILED, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
    }

    @Test
    void failuresReadAsOneLineThatNamesTheFile() {
        Path file = Path.of("/data/out.jsonl");
        String full = Main.oneLine(new UncheckedIOException("x: cannot write: y",
                new DiskFullException(file, new IOException("No space left on device"))));
        assertTrue(full.startsWith("disk full while writing " + file), full);
        assertEquals("input/output error (IOException)", Main.oneLine(new IOException()));
        String path = Main.oneLine(new InvalidPathException("ሰላም.indaba", "Malformed input or input contains unmappable characters"));
        assertTrue(path.contains("ሰላም.indaba") && path.contains("LANG=C.UTF-8"), path);
        // a NUL is the file name every platform refuses, as a C locale refuses non-ASCII ones
        CliRun parsed = run("new", dir.resolve("a") + "\0b.indaba", "--name", "X", "--source-lang", "en");
        assertEquals(Main.USAGE, parsed.code());
        assertTrue(parsed.err().contains("cannot use the file name"), parsed.err());
        assertFalse(parsed.err().contains("InvalidPathException"), parsed.err());
    }
}
