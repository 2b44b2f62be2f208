package io.indaba.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path dir;

    @Test
    void recentProjectsAreNewestFirstWithoutDuplicatesAndCapped() {
        UserSettings settings = UserSettings.load(dir.resolve("settings.properties"), Runnable::run);
        for (int i = 0; i < 12; i++) {
            settings.remember(dir.resolve("p" + i + ".indaba"));
        }
        settings.remember(dir.resolve("p5.indaba"));
        assertEquals(UserSettings.RECENT_LIMIT, settings.recentProjects().size());
        assertEquals(dir.resolve("p5.indaba"), settings.recentProjects().get(0));
        assertEquals(dir.resolve("p11.indaba"), settings.recentProjects().get(1));
        assertEquals(1, settings.recentProjects().stream().filter(p -> p.endsWith("p5.indaba")).count());
    }

    @Test
    void survivesARestartAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("sub").resolve("settings.properties");
        UserSettings first = UserSettings.load(file, Runnable::run);
        Path amharic = dir.resolve("ትርጉም.indaba");
        first.remember(dir.resolve("a.indaba"));
        first.remember(amharic);
        first.darkProperty().set(true);
        UserSettings second = UserSettings.load(file, Runnable::run);
        assertTrue(second.darkProperty().get());
        assertEquals(List.of(amharic, dir.resolve("a.indaba")), List.copyOf(second.recentProjects()));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void forgettingRemovesAProject() {
        UserSettings settings = UserSettings.load(dir.resolve("s.properties"), Runnable::run);
        settings.remember(dir.resolve("a.indaba"));
        settings.forget(dir.resolve("a.indaba"));
        assertTrue(settings.recentProjects().isEmpty());
    }

    @Test
    void aDamagedFileGivesDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "theme.dark=true\nrecent.0=\\u12G4broken\n");
        UserSettings settings = UserSettings.load(file, Runnable::run);
        assertFalse(settings.darkProperty().get());
        assertTrue(settings.recentProjects().isEmpty());
    }
}
