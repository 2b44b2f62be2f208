package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.store.Backups;
import io.indaba.core.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an export may write: never over a project, a backup or a device, over a file only with consent. */
class ExportTargetTest {

    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void open() throws IOException {
        project = TestProjects.create(dir);
        new JsonlImporter().importFile(project, TestProjects.write(dir, "in.jsonl",
                "{\"id\":\"m1\",\"kind\":\"mcq\",\"collection\":\"virology_dev\",\"question\":\"Q?\",\"A\":\"a\",\"B\":\"b\","
                        + "\"answer\":\"A\"}\n"), ImportOptions.defaults(), Progress.NONE);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private ExportReport export(String format, Path out, boolean replace) {
        return Export.run(Formats.exporter(format), project, new ExportOptions(out, null, Map.of(), replace),
                Progress.NONE);
    }

    @Test
    void theOpenProjectItsJournalAndAnyOtherProjectAreRefusedEvenWithForce() throws IOException {
        long size = Files.size(project.file());
        RefusedOutputException self = assertThrows(RefusedOutputException.class,
                () -> export("jsonl", project.file(), true));
        assertTrue(self.getMessage().contains("project"), self.getMessage());
        assertEquals(size, Files.size(project.file()));
        assertThrows(RefusedOutputException.class,
                () -> export("jsonl", project.file().resolveSibling(project.file().getFileName() + "-wal"), true));

        Path other = dir.resolve("other/second.indaba");
        Project.create(other, new io.indaba.core.base.ProjectSettings("S", "en", java.util.List.of()), "t").close();
        RefusedOutputException foreign = assertThrows(RefusedOutputException.class, () -> export("jsonl", other, true));
        assertTrue(foreign.getMessage().contains("is an Indaba project"), foreign.getMessage());
        assertTrue(OutputGuard.isProject(other));
    }

    @Test
    void aBackupAndAnythingInTheBackupFolderAreRefused() {
        Path backup = project.database().backups().create("t");
        assertThrows(RefusedOutputException.class, () -> export("jsonl", backup, true));
        assertThrows(RefusedOutputException.class,
                () -> export("jsonl", Backups.folderFor(project.file()).resolve("notes.jsonl"), true));
    }

    @Test
    void aDeviceOrAFolderIsNeverReplaced() throws IOException {
        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            RefusedOutputException e = assertThrows(RefusedOutputException.class, () -> export("jsonl", device, true));
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        }
        Path folder = Files.createDirectories(dir.resolve("empty-folder"));
        RefusedOutputException e = assertThrows(RefusedOutputException.class, () -> export("jsonl", folder, true));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void anExistingFileIsReplacedOnlyWithConsentAndKeepsItsMode() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "mine\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        RefusedOutputException e = assertThrows(RefusedOutputException.class, () -> export("jsonl", out, false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertEquals("mine\n", Files.readString(out));

        export("jsonl", out, true);
        assertTrue(Files.readString(out).contains("\"m1\""));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aFolderFormatAsksTheSameForEachFileItWrites() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mmlu"));
        Path existing = Files.writeString(folder.resolve("virology_dev.csv"), "mine\n");
        assertThrows(RefusedOutputException.class, () -> export("mmlu-csv", folder, false));
        assertEquals("mine\n", Files.readString(existing));
        export("mmlu-csv", folder, true);
        assertTrue(Files.readString(existing).contains("Q?"));
    }

    @Test
    void aPreferenceExportKeepsAnExistingReadmeUnlessForced() throws IOException {
        // a judged pair: an export without rows writes no card at all
        Formats.importer("trl-preference").importFile(project, TestProjects.write(dir, "pair.jsonl",
                "{\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"5\"}\n"), new ImportOptions(null, false,
                Map.of("judgement", "true"), "id", "t"), io.indaba.core.Progress.NONE);
        Path out = dir.resolve("pref/dpo.jsonl");
        Path readme = Files.createDirectories(out.getParent()).resolve("README.md");
        Files.writeString(readme, "my notes\n");
        ExportReport r = export("dpo", out, false);
        assertEquals("my notes\n", Files.readString(readme));
        Path card = out.resolveSibling("dpo.card.md");
        assertTrue(Files.readString(card).startsWith("---\n"));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("dpo.card.md")), r.notes().toString());

        export("dpo", out, true);
        assertTrue(Files.readString(readme).startsWith("---\n"), "--force replaces the README");
        assertFalse(Files.readString(readme).contains("my notes"));
    }
}
