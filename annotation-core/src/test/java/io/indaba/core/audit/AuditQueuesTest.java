package io.indaba.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit queues from Team profiles: k reviewers per translated item, least loaded first, queues restricted to them. */
class AuditQueuesTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void setUp() {
        project = AuditedProject.create(dir.resolve("q.indaba"), 6);
        for (int i = 1; i <= 5; i++) { // q6 is not translated
            long id = AuditedProject.id(project, "q" + i);
            project.translations().save(new Translations.Change(id, "question", "sw", "Swali " + i,
                    TranslationStatus.TRANSLATED, Origin.HUMAN, "tr", project.items().byId(id).orElseThrow()
                            .sourceHash(), null));
        }
        for (String r : List.of("amina", "baraka", "chiku")) {
            project.annotators().save(new Annotator(r, r, Map.of("sw", Proficiency.NATIVE)), "lead");
        }
        project.annotators().save(new Annotator("dele", "Dele", Map.of("yo", Proficiency.NATIVE)), "lead");
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void everyTranslatedItemGetsKReviewersWhoReadTheLanguageBalanced() {
        AuditAssignments assignments = new AuditAssignments(project.database());
        assertEquals(AuditAssignments.DEFAULT_K, assignments.k());
        assertEquals(10, assignments.assign("sw", 2, "lead"), "5 translated items × 2 reviewers");
        assertEquals(0, assignments.assign("sw", 2, "lead"), "assigning again adds nothing");
        Map<String, Integer> load = new HashMap<>();
        for (ReviewerQueue q : assignments.queues("sw")) {
            load.put(q.reviewerId(), q.assigned());
            assertEquals(0, q.audited());
        }
        assertEquals(Set.of("amina", "baraka", "chiku"), load.keySet(), "dele does not read Swahili");
        assertTrue(load.values().stream().allMatch(n -> n == 3 || n == 4), "balanced: " + load);
        assertEquals(5, assignments.assign("sw", 3, "lead"), "raising k adds the third reviewer to each item");
    }

    @Test
    void queuesRestrictEachReviewerToTheirItemsAndEarlierAuditsCountTowardK() {
        long q1 = AuditedProject.id(project, "q1");
        new Audits(project.database()).submit(q1, "sw", "chiku", AuditedProject.answers("appropriateness", "typical"),
                null);
        AuditAssignments assignments = new AuditAssignments(project.database());
        assignments.setK(1, "lead");
        assertEquals(1, assignments.k());
        assertEquals(4, assignments.assign("sw", assignments.k(), "lead"), "chiku's audit covers q1");
        AuditQueue queue = new AuditQueue(project.database());
        int total = 0;
        for (String r : List.of("amina", "baraka", "chiku")) {
            List<AuditTask> tasks = queue.next(r, "sw", 10, Set.of());
            total += tasks.size();
            tasks.forEach(t -> assertTrue(t.item().id() != q1, r + " is not asked for q1 again"));
        }
        assertEquals(4, total, "each remaining item is in exactly one queue");
        assertEquals(0, queue.next("dele", "sw", 10, Set.of()).size(),
                "once a language has queues, a profile without assignments there has nothing to audit");
        assertEquals(4, assignments.clear("sw", "lead"));
        assertEquals(5, queue.next("amina", "sw", 10, Set.of()).size(), "without queues every translated item shows");
    }

    @Test
    void tooFewReviewersOrABadKIsRefusedWithAReason() {
        AuditAssignments assignments = new AuditAssignments(project.database());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assignments.assign("sw", 4, "lead"));
        assertTrue(e.getMessage().contains("3 profile(s) read sw"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> assignments.setK(0, "lead"));
    }
}
