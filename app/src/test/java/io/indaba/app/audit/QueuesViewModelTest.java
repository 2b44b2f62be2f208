package io.indaba.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.prefer.DirectAccess;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.Progress;
import io.indaba.core.audit.AuditAssignments;
import io.indaba.core.audit.ReviewerQueue;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead sets k and assigns queues from Team profiles; each reviewer's audit view then holds only their items. */
class QueuesViewModelTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void setUp() {
        project = Project.create(dir.resolve("q.indaba"), new ProjectSettings("Q", "en", List.of("sw")), "lead");
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            items.add(Item.of("q" + i, ItemKind.MCQ, "en", "t", i, Map.of("question", "Q" + i, "A", "a", "B", "b"),
                    "A", Map.of()));
        }
        project.items().importAll(items.iterator(), "lead", "test", Progress.NONE);
        for (int i = 1; i <= 4; i++) {
            Item item = project.items().byExternalId("q" + i).orElseThrow();
            project.translations().save(new Translations.Change(item.id(), "question", "sw", "S" + i,
                    TranslationStatus.TRANSLATED, Origin.HUMAN, "tr", item.sourceHash(), null));
        }
        for (String r : List.of("amina", "baraka")) {
            project.annotators().save(new Annotator(r, r, Map.of("sw", Proficiency.NATIVE)), "lead");
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
    void assigningWithKOneSplitsTheItemsBetweenTheReviewers() {
        AtomicInteger changed = new AtomicInteger();
        QueuesViewModel model = new QueuesViewModel(access(), "sw", "lead", changed::incrementAndGet);
        model.load();
        assertEquals(AuditAssignments.DEFAULT_K, model.kProperty().get());
        assertEquals(List.of(0, 0), model.queues().stream().map(ReviewerQueue::assigned).toList());
        model.kProperty().set(1);
        model.assign();
        assertEquals(List.of(2, 2), model.queues().stream().map(ReviewerQueue::assigned).toList());
        assertEquals(1, new AuditAssignments(project.database()).k(), "k is saved");
        assertEquals(1, changed.get(), "the audit form is told to reload its queue");
        assertTrue(model.messageProperty().get().startsWith("Added 4 assignments"), model.messageProperty().get());

        AuditViewModel amina = new AuditViewModel(access(), "amina", "sw");
        amina.start();
        int seen = 0;
        while (amina.currentProperty().get() != null) {
            seen++;
            amina.skip();
        }
        assertEquals(2, seen, "amina's queue holds her two items");
        assertNull(amina.currentProperty().get());

        model.kProperty().set(3);
        model.assign();
        assertTrue(model.messageProperty().get().contains("2 profile(s) read sw"), model.messageProperty().get());
        model.clear();
        assertEquals(List.of(0, 0), model.queues().stream().map(ReviewerQueue::assigned).toList());
    }
}
