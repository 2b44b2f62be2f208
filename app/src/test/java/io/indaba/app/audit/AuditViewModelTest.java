package io.indaba.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.prefer.DirectAccess;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.Progress;
import io.indaba.core.audit.Audit;
import io.indaba.core.audit.AuditTask;
import io.indaba.core.audit.Audits;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit view model, run synchronously: number keys per field, Tab, submit, prefetch of the next item. */
class AuditViewModelTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void setUp() {
        project = Project.create(dir.resolve("a.indaba"), new ProjectSettings("A", "en", List.of("sw")), "lead");
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            items.add(Item.of("q" + i, ItemKind.MCQ, "en", "t", i, Map.of("question", "Q" + i + "?", "A", "a",
                    "B", "b"), "A", Map.of()));
        }
        project.items().importAll(items.iterator(), "lead", "test", Progress.NONE);
        for (int i = 1; i <= 7; i++) { // q8 has no translation, so it is not audited
            Item item = project.items().byExternalId("q" + i).orElseThrow();
            project.translations().save(new Translations.Change(item.id(), "question", "sw", "Swali " + i + "?",
                    TranslationStatus.TRANSLATED, Origin.HUMAN, "tr", item.sourceHash(), null));
        }
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private ProjectAccess access() {
        return DirectAccess.of(project);
    }

    @Test
    void numberKeysAnswerTheFocusedFieldAndTabMovesOn() {
        AuditViewModel model = new AuditViewModel(access(), "rev1", "sw");
        model.start();
        assertEquals("q1", model.currentProperty().get().item().externalId());
        assertEquals("Swali 1?", model.currentProperty().get().translation().get("question"));
        assertEquals("translation_quality", model.keyedFields().get(0).key());
        assertFalse(model.keyedFields().stream().anyMatch(f -> f.key().equals("country")), "a list, not keys");

        model.press(3); // translation quality: wrong, understandable, good
        model.nextField();
        model.press(3); // appropriateness: strange, maybe, typical
        model.nextField();
        model.press(2); // knowledge: cultural
        model.press(3); // and regional
        model.press(2); // cultural again: off
        model.press(6); // dont-understand stands alone
        model.press(1); // none replaces the abstention, which had replaced everything
        model.previousField();
        model.previousField();
        model.previousField();

        assertEquals(model.keyedFields().size() - 1, model.focusedFieldProperty().get(), "Shift+Tab wraps around");
        assertEquals(Map.of("translation_quality", List.of("good"), "appropriateness", List.of("typical"),
                "knowledge", List.of("none")), model.answers());
    }

    @Test
    void submitStoresTheAuditAndShowsThePrefetchedNextItemAtOnce() {
        AuditViewModel model = new AuditViewModel(access(), "rev1", "sw");
        model.start();
        AuditTask next = model.upcomingProperty().get();
        assertNotNull(next, "the next item is loaded before it is needed");
        assertFalse(model.submit(), "an empty audit is refused");
        model.press(3);
        model.noteProperty().set("reads well");

        assertTrue(model.submit());

        assertTrue(next == model.currentProperty().get(), "the prefetched item is the one shown");
        assertTrue(model.answers().isEmpty() && model.noteProperty().get().isEmpty(), "each item starts clean");
        assertEquals(0, model.focusedFieldProperty().get());
        List<Audit> stored = new Audits(project.database()).forItem(project.items().byExternalId("q1").orElseThrow().id());
        assertEquals(1, stored.size());
        assertEquals("rev1", stored.get(0).reviewerId());
        assertEquals(List.of("good"), stored.get(0).answer("translation_quality"));
        assertEquals("reads well", stored.get(0).note());
        assertEquals(1, model.submittedProperty().get());
    }

    @Test
    void theQueueRunsOutAfterEveryTranslatedItem() {
        AuditViewModel model = new AuditViewModel(access(), "rev2", "sw");
        model.start();
        List<String> seen = new ArrayList<>();
        while (model.currentProperty().get() != null && seen.size() < 20) {
            seen.add(model.currentProperty().get().item().externalId());
            model.press(1);
            model.submit();
        }
        assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7"), seen);
        assertNull(model.currentProperty().get());
        assertEquals(io.indaba.app.common.Messages.get("audit.allDone"), model.messageProperty().get());
        AuditViewModel again = new AuditViewModel(access(), "rev2", "sw");
        again.start();
        assertNull(again.currentProperty().get(), "an audited item is not offered twice");
    }
}
