package io.indaba.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewProjectViewModelTest {

    @TempDir
    Path dir;

    @Test
    void namesLanguagesAsTheUserTypes() {
        NewProjectViewModel model = new NewProjectViewModel(dir);
        model.sourceProperty().set("en");
        assertTrue(model.sourceHintProperty().get().startsWith("English"), model.sourceHintProperty().get());
        model.targetsProperty().set("a");
        model.targetsProperty().set("am");
        assertEquals("Amharic · አማርኛ (am)", model.targetsHintProperty().get());
        model.targetsProperty().set("am, yo ig");
        assertTrue(model.targetsHintProperty().get().contains("Yorùbá"), model.targetsHintProperty().get());
        assertTrue(model.targetsHintProperty().get().contains("Igbo"), model.targetsHintProperty().get());
    }

    @Test
    void refusesAnUnderscoreTagWithAClearReason() {
        NewProjectViewModel model = valid();
        model.targetsProperty().set("am, pt_BR");
        assertFalse(model.validProperty().get());
        assertTrue(model.errorProperty().get().contains("use '-' not '_'"), model.errorProperty().get());
        assertTrue(model.request().isEmpty());
    }

    @Test
    void refusesAWellFormedCodeThatNamesNoLanguage() {
        NewProjectViewModel model = valid();
        model.sourceProperty().set("qq");
        assertFalse(model.validProperty().get());
        assertTrue(model.errorProperty().get().contains("no language is known"), model.errorProperty().get());
    }

    @Test
    void refusesATargetThatIsTheSource() {
        NewProjectViewModel model = valid();
        model.targetsProperty().set("am en");
        assertFalse(model.validProperty().get());
        assertTrue(model.errorProperty().get().contains("source language"), model.errorProperty().get());
    }

    @Test
    void refusesAnEmptyNameAndAnExistingFile() throws Exception {
        NewProjectViewModel model = valid();
        model.nameProperty().set("  ");
        assertEquals("Give the project a name.", model.errorProperty().get());
        Files.createFile(dir.resolve("Taken.indaba"));
        model.nameProperty().set("Taken");
        assertTrue(model.errorProperty().get().contains("already exists"), model.errorProperty().get());
    }

    @Test
    void aValidFormGivesCanonicalTagsAndTheFileInTheFolder() {
        NewProjectViewModel model = valid();
        model.nameProperty().set("MMLU clinical / Amharic");
        model.targetsProperty().set("AM, yo-ng");
        NewProjectViewModel.Request request = model.request().orElseThrow();
        assertEquals(dir.resolve("MMLU-clinical-Amharic.indaba").toAbsolutePath(), request.file());
        assertEquals("en", request.settings().sourceLang());
        assertEquals(List.of("am", "yo-NG"), request.settings().targetLangs());
        assertEquals(request.file().toString(), model.fileTextProperty().get());
    }

    private NewProjectViewModel valid() {
        NewProjectViewModel model = new NewProjectViewModel(dir);
        model.nameProperty().set("Clinical");
        model.sourceProperty().set("en");
        model.targetsProperty().set("am");
        assertTrue(model.validProperty().get(), model.errorProperty().get());
        return model;
    }
}
