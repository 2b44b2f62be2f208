package io.indaba.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.UserSettings;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.store.Backups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path home;

    private MainViewModel model;

    private MainViewModel model() {
        UserSettings settings = UserSettings.load(home.resolve("settings.properties"), Runnable::run);
        model = new MainViewModel(new Tasks(Runnable::run, Runnable::run), settings, home);
        return model;
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.shutdown();
        }
    }

    @Test
    void theSampleIsBuiltOnceInTheUserFolderAndRemembered() throws Exception {
        MainViewModel main = model();
        main.openSample();
        assertNotNull(main.sessionProperty().get());
        assertEquals("Indaba sample", main.sessionProperty().get().name());
        assertTrue(Files.isRegularFile(main.sampleFile()));
        assertTrue(main.sampleFile().startsWith(home));
        assertEquals(List.of(main.sampleFile()), List.copyOf(main.settings().recentProjects()));
        assertFalse(Files.exists(main.sampleFile().resolveSibling(main.sampleFile().getFileName() + ".building")));
        long size = Files.size(main.sampleFile());
        main.closeProject();
        assertNull(main.sessionProperty().get());
        main.openSample();
        assertNotNull(main.sessionProperty().get());
        assertTrue(Files.size(main.sampleFile()) >= size, "opened again, not rebuilt over");
    }

    @Test
    void aTextFileFailsWithOneLineAndIsNotOfferedForMovingAside() throws Exception {
        MainViewModel main = model();
        Path notes = home.resolve("notes.indaba");
        Files.writeString(notes, "these are my notes, not a project");
        main.open(notes);
        assertNull(main.sessionProperty().get());
        OpenFailure failure = main.failureProperty().get();
        assertNotNull(failure);
        assertFalse(failure.reason().contains("\n"));
        assertTrue(failure.reason().contains("not an Indaba project"), failure.reason());
        assertFalse(failure.canMoveAside(), "a text file is not damaged: nothing to set aside");
        assertTrue(Files.exists(notes));
    }

    @Test
    void aDamagedProjectCanBeMovedAsideOnRequest() throws Exception {
        MainViewModel main = model();
        Path file = home.resolve("hurt.indaba");
        main.create(file, new ProjectSettings("Hurt", "en", List.of("am")));
        main.closeProject();
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.allocate(3_000), 100); // the schema page, after the file header
        }
        main.open(file);
        OpenFailure failure = main.failureProperty().get();
        assertNotNull(failure);
        assertTrue(failure.canMoveAside(), failure.reason());
        assertTrue(Files.exists(file), "nothing moves without the user's click");
        main.moveAside(failure);
        assertFalse(Files.exists(file));
        try (var files = Files.list(home)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("hurt.indaba.damaged-")));
        }
        assertNull(main.failureProperty().get());
        assertTrue(main.statusProperty().get().startsWith("Moved aside to"), main.statusProperty().get());
    }

    @Test
    void aFailedOpenKeepsTheProjectThatWasOpen() throws Exception {
        MainViewModel main = model();
        main.openSample();
        var sample = main.sessionProperty().get();
        assertNotNull(sample);
        Path notes = Files.writeString(home.resolve("notes.indaba"), "not a project");
        main.open(notes);
        assertNotNull(main.failureProperty().get());
        assertEquals(sample, main.sessionProperty().get(), "the sample stays open and shown");
        long[] items = {-1};
        sample.run("read", (p, progress) -> p.itemCount(), n -> items[0] = n, e -> { });
        assertEquals(16, items[0], "and still readable: it was not closed");
    }

    @Test
    void aMissingFileCannotBeMovedAside() {
        MainViewModel main = model();
        main.open(home.resolve("gone.indaba"));
        OpenFailure failure = main.failureProperty().get();
        assertFalse(failure.canMoveAside());
        assertTrue(failure.newestBackup().isEmpty());
    }

    @Test
    void aDamagedProjectOffersItsNewestBackupWhichReplacesIt() throws Exception {
        MainViewModel main = model();
        Path file = home.resolve("work.indaba");
        main.create(file, new ProjectSettings("Work", "en", List.of("am")));
        assertNotNull(main.sessionProperty().get());
        main.backupNow();
        assertTrue(main.statusProperty().get().startsWith("Backed up to"), main.statusProperty().get());
        Path backup = Backups.newestFor(file).orElseThrow();
        main.closeProject();
        Files.write(file, new byte[4096]);
        main.open(file);
        OpenFailure failure = main.failureProperty().get();
        assertEquals(backup, failure.newestBackup().orElseThrow());
        main.openNewestBackup(failure);
        assertNotNull(main.sessionProperty().get());
        assertEquals("Work", main.sessionProperty().get().name());
        try (var files = Files.list(home)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("work.indaba.replaced-")),
                    "the damaged file was moved aside, not overwritten");
        }
    }

    @Test
    void creatingOverAnExistingFileIsAProblemNotAnOpenFailure() throws Exception {
        MainViewModel main = model();
        Path file = home.resolve("taken.indaba");
        Files.writeString(file, "x");
        main.create(file, new ProjectSettings("Taken", "en", List.of()));
        assertNull(main.sessionProperty().get());
        assertNull(main.failureProperty().get());
        assertTrue(main.problemProperty().get().contains("already exists"), main.problemProperty().get());
        assertEquals("x", Files.readString(file));
    }
}
