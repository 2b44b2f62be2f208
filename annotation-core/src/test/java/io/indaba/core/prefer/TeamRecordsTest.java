package io.indaba.core.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold marks, gold scores per language, bulk assignment, removal and progress towards k, on temp projects. */
class TeamRecordsTest {

    @TempDir
    Path dir;

    private JudgedProject project() {
        Project p = Project.create(dir.resolve("t.indaba"), new ProjectSettings("T", "en", List.of("am", "yo")), "lead");
        JudgedProject j = new JudgedProject(p);
        j.prompt("p1", "am", "m1", "m2");
        j.prompt("p2", "am", "m1", "m2");
        j.prompt("p3", "am", "m1");
        j.prompt("q1", "yo", "m1", "m2");
        p.annotators().save(new Annotator("a1", "Abebe", Map.of("am", Proficiency.NATIVE)), "lead");
        p.annotators().save(new Annotator("a2", null, Map.of("am", Proficiency.FLUENT, "yo", Proficiency.BASIC)), "lead");
        return j;
    }

    private static long events(Project p, String kind) {
        return p.events().latest(1000).stream().filter(e -> e.kind().equals(kind)).count();
    }

    @Test
    void goldIsListedScoredPerLanguageAndRemoved() {
        JudgedProject j = project();
        try (Project p = j.project()) {
            long p1 = j.itemId("p1");
            long q1 = j.itemId("q1");
            p.queue().setGold(p1, "am", "{\"winner\":\"A\"}", "lead");
            p.queue().setGold(q1, "yo", "{\"winner\":\"both-bad\"}", "lead");
            GoldItems gold = new GoldItems(p.database());
            assertEquals(List.of("p1"), gold.list("am").stream().map(GoldMark::externalId).toList());
            assertEquals(List.of("A", "both-bad"), gold.list(null).stream().map(GoldMark::expectedWinner).toList());

            List<Long> am = p.candidates().forItem(p1).stream().map(Candidate::id).toList();
            List<Long> yo = p.candidates().forItem(q1).stream().map(Candidate::id).toList();
            j.judge("a2", "am", am.get(0), am.get(1), "A", 2, true);
            j.judge("a2", "yo", yo.get(0), yo.get(1), "B", 1, false);
            j.judge("a1", "am", am.get(0), am.get(1), "B", 1, true);
            Map<String, Map<String, GoldScore>> scores = gold.scores();
            assertEquals(new GoldScore(1, 1), scores.get("a2").get("am"));
            assertEquals(new GoldScore(0, 1), scores.get("a2").get("yo"));
            assertEquals(0.5, GoldItems.overall(scores.get("a2")).share());
            assertEquals(0.0, GoldItems.overall(scores.get("a1")).share());
            assertEquals(-1.0, GoldItems.overall(Map.of()).share());

            assertTrue(gold.remove(p1, "am", "lead"));
            assertFalse(gold.remove(p1, "am", "lead"), "already gone");
            assertEquals(List.of("q1"), gold.list(null).stream().map(GoldMark::externalId).toList());
            assertEquals(1, events(p, "gold.removed"));
        }
    }

    @Test
    void bulkAssignmentTakesOnlyUnassignedComparablePrompts() {
        JudgedProject j = project();
        try (Project p = j.project()) {
            Assignments assignments = new Assignments(p.database());
            Annotator a1 = p.annotators().all().get(0);
            Annotator a2 = p.annotators().all().get(1);
            p.queue().assign("a2", j.itemId("p1"), "am", "lead");
            long[] last = new long[2];
            int added = assignments.assignUnassigned("am", a1, "lead", new Progress() {
                @Override
                public void update(long done, long total) {
                    last[0] = done;
                    last[1] = total;
                }
            });
            assertEquals(1, added, "p1 was a2's, p3 has a single candidate: only p2");
            assertEquals(2, last[0]);
            assertEquals(2, last[1]);
            assertEquals(Map.of("a1", 1L, "a2", 1L), assignments.countsPerAnnotator());
            assertEquals(0, assignments.assignUnassigned("am", a2, "lead", Progress.NONE), "nothing left");
            assertThrows(IllegalArgumentException.class, () -> assignments.assignUnassigned("yo", a1, "lead", Progress.NONE));

            assertTrue(assignments.remove("a1", j.itemId("p2"), "am", "lead"));
            assertEquals(Map.of("a2", 1L), assignments.countsPerAnnotator());
            assertEquals(1, events(p, "assignment.removed"));
            assertEquals(2, events(p, "assignment.added"));
        }
    }

    @Test
    void cancelledBulkAssignmentKeepsNothing() {
        JudgedProject j = project();
        try (Project p = j.project()) {
            Assignments assignments = new Assignments(p.database());
            Annotator a1 = p.annotators().all().get(0);
            Progress cancelAfterFirst = new Progress() {
                private boolean started;

                @Override
                public void update(long done, long total) {
                    started = true;
                }

                @Override
                public boolean cancelled() {
                    return started;
                }
            };
            assertThrows(Cancelled.class, () -> assignments.assignUnassigned("am", a1, "lead", cancelAfterFirst));
            assertEquals(Map.of(), assignments.countsPerAnnotator());
            assertEquals(0, events(p, "assignment.added"));
        }
    }

    @Test
    void progressCountsItemsWithKJudgementsAmongComparablePrompts() {
        JudgedProject j = project();
        try (Project p = j.project()) {
            p.queue().setK(2, "lead");
            List<Long> c = p.candidates().forItem(j.itemId("p1")).stream().map(Candidate::id).toList();
            j.judge("a1", "am", c.get(0), c.get(1), "A", 1, true);
            Coverage coverage = new Coverage(p.database());
            assertEquals(List.of(new JudgementProgress("am", 0, 2, 2), new JudgementProgress("yo", 0, 1, 2)),
                    coverage.progress());
            j.judge("a2", "am", c.get(0), c.get(1), "B", 1, true);
            assertEquals(new JudgementProgress("am", 1, 2, 2), coverage.progress().get(0));
            assertEquals(0.5, coverage.progress().get(0).share());
            assertEquals(Map.of("a1", 1L, "a2", 1L), coverage.judgementsPerAnnotator());
            assertEquals(List.of("p1", "p2"), coverage.comparable("am").stream().map(PromptRef::externalId).toList());
        }
    }
}
