package io.indaba.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectSettingsTest {

    @Test
    void languagesAreCanonicalisedAndDuplicatesDropped() {
        ProjectSettings s = new ProjectSettings("P", "EN", List.of("ar-eg", "AR-EG", "am"));
        assertEquals("en", s.sourceLang());
        assertEquals(List.of("ar-EG", "am"), s.targetLangs());
    }

    @Test
    void aTargetEqualToTheSourceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProjectSettings("P", "en", List.of("am", "EN")));
        assertTrue(e.getMessage().contains("source"), e.getMessage());
    }

    @Test
    void aBlankNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProjectSettings(" ", "en", List.of("am")));
    }

    @Test
    void anInvalidSourceOrTargetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProjectSettings("P", "und", List.of("am")));
        assertThrows(IllegalArgumentException.class, () -> new ProjectSettings("P", "en", List.of("pt_BR")));
    }
}
