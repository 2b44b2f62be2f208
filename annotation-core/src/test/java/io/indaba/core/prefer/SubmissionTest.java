package io.indaba.core.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screen decisions map back to fixed A/B; edits become linked candidates. */
class SubmissionTest {

    @TempDir
    Path dir;

    private QueueEntry entry(Project p, boolean swapped) {
        p.items().importAll(List.of(Item.of("p", ItemKind.PROMPT, "en", "", 0, Map.of("prompt", "Hi"), null, null))
                .iterator(), "t", "test", Progress.NONE);
        Item item = p.items().byExternalId("p").orElseThrow();
        long first = p.candidates().add(Candidate.imported(item.id(), null, "first", "ar", "m1", null), "t");
        long second = p.candidates().add(Candidate.imported(item.id(), null, "second", "ar", "m2", null), "t");
        List<Candidate> all = p.candidates().forItem(item.id());
        assertTrue(first < second);
        List<Candidate> shown = swapped ? List.of(all.get(1), all.get(0)) : all;
        return new QueueEntry(item, "ar", shown, 42L, false);
    }

    private static Decision pick(Decision.Side side, int strength) {
        return new Decision(side, strength, null, false, null, null, null, null, null, 1500);
    }

    @Test
    void leftPickOnASwappedScreenIsBForTheStore() {
        try (Project p = Project.create(dir.resolve("s.indaba"), new ProjectSettings("S", "en", List.of("ar")), "t")) {
            QueueEntry swapped = entry(p, true);
            Judgement j = Submission.judgement(swapped, "a1", pick(Decision.Side.LEFT, 2), 1, "u");
            assertEquals("B", j.winner());
            assertEquals(-2, j.strength());
            assertTrue(j.candidateA() < j.candidateB());
            assertEquals(swapped.displayed().get(0).id(), ((Number) j.display().get("left")).longValue());
            assertEquals(42L, ((Number) j.display().get("orderSeed")).longValue());
            Judgement tie = Submission.judgement(swapped, "a1", pick(Decision.Side.TIE, 3), 1, "u2");
            assertEquals("tie", tie.winner());
            assertEquals(0, tie.strength());
        }
    }

    @Test
    void editToWinStoresALinkedCandidateInTheSameCommit() {
        try (Project p = Project.create(dir.resolve("e.indaba"), new ProjectSettings("E", "en", List.of("ar")), "t")) {
            QueueEntry e = entry(p, false);
            Decision d = new Decision(Decision.Side.RIGHT, 1, null, false, Map.of("fluency", 4), List.of("truncated"),
                    "better after fix", List.of("back-translation"), Map.of(0, "first, corrected"), 900);
            String uid = new Submission(p.database()).submit(e, "a1", d, 1);
            Judgement stored = p.judgements().forItem(e.item().id()).get(0);
            assertEquals(uid, stored.uid());
            assertEquals(List.of("back-translation"), stored.aids());
            List<Candidate> all = p.candidates().forItem(e.item().id());
            assertEquals(3, all.size());
            Candidate edited = all.get(2);
            assertEquals("human-edited", edited.origin());
            assertEquals(e.displayed().get(0).id(), edited.parentId());
            assertEquals(uid, edited.meta().get("judgement"));
            assertTrue(stored.display().containsKey("edits"));
        }
    }

    @Test
    void rankingMapsPositionsToCandidateIds() {
        try (Project p = Project.create(dir.resolve("r.indaba"), new ProjectSettings("R", "en", List.of("ar")), "t")) {
            QueueEntry e = entry(p, true);
            Decision d = new Decision(null, 0, List.of(List.of(1), List.of(0)), false, null, null, null, null, null, 10);
            Judgement j = Submission.judgement(e, "a1", d, null, "r");
            assertEquals("ranking", j.kind());
            assertEquals(List.of(List.of(e.displayed().get(1).id()), List.of(e.displayed().get(0).id())), j.ranking());
        }
    }
}
