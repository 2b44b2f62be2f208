package io.indaba.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.app.common.ProjectSession;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSessionTest {

    @TempDir
    Path dir;

    @Test
    void translatableFieldsAreCountedOncePerRevision() {
        try (ProjectSession session = SampleSessions.open(dir)) {
            // 6 questions × 5 fields + 6 Winogrande sentences × 3 fields; prompts are not translated
            assertEquals(48, session.translatableFields());
            session.run("add", (project, p) -> project.items().importAll(List.of(Item.of("extra", ItemKind.WINOGRANDE,
                    "en", "", 99, Map.of("sentence", "A _ b.", "option1", "x", "option2", "y"), "1", null)).iterator(),
                    "t", "test", Progress.NONE), done -> { }, failed -> { throw new AssertionError(failed); });

            assertEquals(48, session.translatableFields(), "the same revision answers from memory");
            session.changed();
            assertEquals(51, session.translatableFields(), "a new revision counts again");
        }
    }
}
