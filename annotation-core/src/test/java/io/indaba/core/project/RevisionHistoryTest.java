package io.indaba.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.item.Item;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionHistoryTest {

    @TempDir
    Path dir;

    @Test
    void everySaveAndStatusChangeAddsARevisionOldestFirst() {
        try (Project p = TestProjects.create(dir.resolve("history.indaba"), 1)) {
            Item item = p.items().byExternalId("q-0").orElseThrow();
            Translation t = null;
            for (String text : List.of("one", "two", "three")) {
                t = p.translations().save(new Translations.Change(item.id(), "question", "sw", text,
                        TranslationStatus.DRAFT, Origin.HUMAN, "tr-1", item.sourceHash(), null));
            }
            p.translations().setStatus(t.id(), TranslationStatus.APPROVED, "rev-1", "fine");

            List<Revision> history = p.translations().history(t.id());

            assertEquals(List.of("one", "two", "three", "three"), history.stream().map(Revision::text).toList());
            assertEquals(TranslationStatus.APPROVED, history.get(3).status());
            assertEquals("rev-1", history.get(3).author());
            assertEquals("three", p.translations().forItem(item.id(), "sw").get("question").text());
            assertEquals(1, p.translations().forItem(item.id(), "sw").size());
        }
    }
}
