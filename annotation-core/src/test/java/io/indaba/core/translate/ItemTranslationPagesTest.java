package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.TranslatableFields;
import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The item list's page query and the translatable-field count, read straight from SQLite. */
class ItemTranslationPagesTest {

    private static final ItemTranslationPages.Key START = new ItemTranslationPages.Key("", Integer.MIN_VALUE,
            Long.MIN_VALUE);

    @TempDir
    Path dir;

    @Test
    void pagesInCollectionOrderWithTheLanguagesTranslationsAndNoPrompts() {
        try (Project project = ProjectFixture.create(dir)) {
            Item first = ProjectFixture.mcq(project, "q1", "Sky?", "blue", "green");
            Item second = ProjectFixture.mcq(project, "q2", "Grass?", "green", "blue");
            project.items().importAll(List.of(Item.of("p1", ItemKind.PROMPT, "en", "test", 5,
                    Map.of("prompt", "Write."), null, null)).iterator(), "tester", "test", Progress.NONE);
            ProjectFixture.translate(project, second, "question", "ሣር?", TranslationStatus.REVIEWED);
            ProjectFixture.translate(project, second, "A", "አረንጓዴ", TranslationStatus.DRAFT);

            List<ItemTranslationPages.Row> all = ItemTranslationPages.after(project.database(), "am", START, 10);
            assertEquals(List.of("q1", "q2"), all.stream().map(r -> r.item().externalId()).toList());
            assertTrue(all.get(0).targets().isEmpty());
            assertEquals(Map.of("question", "ሣር?", "A", "አረንጓዴ"), all.get(1).targets());
            assertEquals(2, all.get(1).statuses().size());
            assertTrue(all.get(1).statuses().contains(TranslationStatus.REVIEWED));

            List<ItemTranslationPages.Row> one = ItemTranslationPages.after(project.database(), "am", START, 1);
            assertEquals(List.of(first.id()), one.stream().map(r -> r.item().id()).toList());
            Item last = one.get(0).item();
            List<ItemTranslationPages.Row> next = ItemTranslationPages.after(project.database(), "am",
                    new ItemTranslationPages.Key(last.collection(), last.position(), last.id()), 10);
            assertEquals(List.of("q2"), next.stream().map(r -> r.item().externalId()).toList());
            assertTrue(ItemTranslationPages.after(project.database(), "fr", START, 10).get(1).targets().isEmpty());
        }
    }

    @Test
    void translatableFieldsCountEveryFieldExceptPrompts() {
        try (Project project = ProjectFixture.create(dir)) {
            assertEquals(0, TranslatableFields.count(project.database()));
            ProjectFixture.mcq(project, "q1", "Sky?", "blue", "green");
            project.items().importAll(List.of(Item.of("p1", ItemKind.PROMPT, "en", "test", 5,
                    Map.of("prompt", "Write."), null, null)).iterator(), "tester", "test", Progress.NONE);
            assertEquals(3, TranslatableFields.count(project.database()));
        }
    }
}
