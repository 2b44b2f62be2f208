package io.indaba.core.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aspects and the rationale rule are stored per project, with defaults. */
class JudgingSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsThenStoredValuesSurviveReopening() {
        Path file = dir.resolve("j.indaba");
        try (Project p = Project.create(file, new ProjectSettings("J", "en", List.of("am")), "lead")) {
            assertEquals(JudgingSettings.DEFAULT_ASPECTS, JudgingSettings.load(p.database()).aspects());
            JudgingSettings.of(" fluency in Amharic, safety ,fluency in Amharic", true).save(p.database(), "lead");
        }
        try (Project p = Project.open(file)) {
            JudgingSettings s = JudgingSettings.load(p.database());
            assertEquals(List.of("fluency in Amharic", "safety"), s.aspects());
            assertTrue(s.rationaleRequired());
        }
    }

    @Test
    void oddAspectNamesAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgingSettings.of("helpfulness, <script>", false));
        assertTrue(e.getMessage().contains("<script>"), e.getMessage());
    }
}
