package io.indaba.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceChangeTest {

    @TempDir
    Path dir;

    private Project project;
    private Item first;

    @BeforeEach
    void translateTheFirstItem() {
        project = TestProjects.create(dir.resolve("source.indaba"), 3);
        first = project.items().byExternalId("q-0").orElseThrow();
        project.translations().save(new Translations.Change(first.id(), "question", "am", "ጥያቄ", TranslationStatus.TRANSLATED,
                Origin.HUMAN, "tr-1", first.sourceHash(), null));
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void reimportingAChangedSourceMarksItsTranslationsSourceChanged() {
        List<Item> again = TestProjects.items("q", 3, "v1");
        again.set(0, TestProjects.items("q", 1, "v2").get(0));

        ImportSummary summary = reimport(again);

        assertEquals(new ImportSummary(0, 1, 2), summary);
        assertEquals(1, project.translations().sourceChangedCount("am"));
        assertTrue(project.translations().forItem(first.id(), "am").get("question").sourceChanged());
        assertTrue(project.items().byId(first.id()).orElseThrow().field("question").contains("(v2)"));
    }

    @Test
    void reimportingTheSameSourceLeavesTranslationsAlone() {
        ImportSummary summary = reimport(TestProjects.items("q", 3, "v1"));

        assertEquals(new ImportSummary(0, 0, 3), summary);
        assertEquals(0, project.translations().sourceChangedCount("am"));
    }

    @Test
    void savingTheTranslationAgainClearsTheMark() {
        reimport(TestProjects.items("q", 1, "v2"));
        Item changed = project.items().byId(first.id()).orElseThrow();

        project.translations().save(new Translations.Change(first.id(), "question", "am", "ጥያቄ 2",
                TranslationStatus.TRANSLATED, Origin.HUMAN, "tr-1", changed.sourceHash(), "re-checked"));

        assertFalse(project.translations().forItem(first.id(), "am").get("question").sourceChanged());
        assertEquals(0, project.translations().sourceChangedCount("am"));
    }

    private ImportSummary reimport(List<Item> items) {
        return project.items().importAll(items.iterator(), TestProjects.ACTOR, "test", Progress.NONE);
    }
}
