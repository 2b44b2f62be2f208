package io.indaba.core.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disagreements are found, shown side by side and decided without touching the annotators' judgements. */
class AdjudicationTest {

    @TempDir
    Path dir;

    private static List<Judgement> all(Project p) {
        List<Judgement> out = new ArrayList<>();
        p.judgements().forEach(null, out::add);
        return out;
    }

    @Test
    void disagreementsArePairsWithDifferentVerdictsAndKnowTheirAdjudication() {
        try (Project p = JudgedProject.twoLanguages(dir.resolve("d.indaba"))) {
            Adjudication adjudication = new Adjudication(p.database());

            List<Disagreement> am = adjudication.disagreements("am");
            List<Disagreement> yo = adjudication.disagreements("yo");

            // p2: a1 changed their mind on the swapped repeat; p3: a1 and a2 differ; p1 and p4 agree
            assertEquals(List.of("p2", "p3"), am.stream().map(Disagreement::externalId).toList());
            assertEquals(Map.of(Winner.A, 2, Winner.B, 1), am.get(0).verdicts());
            assertEquals(3, am.get(0).judgements());
            assertNull(am.get(0).adjudicated());
            assertEquals(Winner.A, am.get(1).adjudicated(), "the fixture adjudicated p3 for A");
            assertEquals(List.of("q1", "q2", "q3"), yo.stream().map(Disagreement::externalId).toList());
            List<Long> q1 = p.candidates().forItem(yo.get(0).itemId()).stream().map(Candidate::id).toList();
            assertEquals(q1.get(0), yo.get(0).candidateA());
            assertEquals(q1.get(2), yo.get(0).candidateB(), "only the pair a3 answered against the others");
            assertEquals(List.of(), adjudication.disagreements("fr"));
        }
    }

    @Test
    void aDecisionIsAnAdjudicationJudgementAndLeavesTheAnnotatorsAlone() {
        try (Project p = JudgedProject.twoLanguages(dir.resolve("a.indaba"))) {
            Adjudication adjudication = new Adjudication(p.database());
            long p2 = new JudgedProject(p).itemId("p2");
            List<Judgement> before = all(p);
            long events = p.events().count();

            Judgement decision = adjudication.decide(p2, "am", Winner.B, 3, "  B answers the question  ", "lead");

            List<Judgement> after = all(p);
            assertEquals(before, after.subList(0, before.size()), "earlier judgements are unchanged");
            assertEquals(before.size() + 1, after.size());
            Judgement stored = after.get(after.size() - 1);
            assertTrue(stored.adjudication());
            assertEquals("lead", stored.annotatorId());
            assertEquals("B", stored.winner());
            assertEquals(-3, stored.strength());
            assertEquals("B answers the question", stored.rationale());
            assertEquals(decision.uid(), stored.uid());
            assertEquals(decision.id(), stored.id());
            assertEquals(3, ((List<?>) stored.display().get("adjudicates")).size(), "the three judgements decided on");
            assertEquals(events + 2, p.events().count(), "submitted and adjudicated are both logged");
            assertEquals("judgement.adjudicated", p.events().latest(1).get(0).kind());
            assertEquals(Winner.B, adjudication.disagreements("am").get(0).adjudicated());
        }
    }

    @Test
    void sideBySideSeparatesAnnotatorsFromAdjudicatorsAndTheNewestDecisionStands() {
        try (Project p = JudgedProject.twoLanguages(dir.resolve("s.indaba"))) {
            Adjudication adjudication = new Adjudication(p.database());
            long p3 = new JudgedProject(p).itemId("p3");
            adjudication.decide(p3, "am", Winner.TIE, 2, "", "lead2");

            ItemReview review = adjudication.sideBySide(p3, "am");

            assertEquals("p3", review.item().externalId());
            assertEquals(2, review.candidates().size());
            assertEquals(List.of("a1", "a2"), review.judgements().stream().map(Judgement::annotatorId).toList());
            assertEquals(List.of("A", "B"), review.judgements().stream().map(Judgement::winner).toList());
            assertEquals("because a1", review.judgements().get(0).rationale());
            assertEquals(List.of("flag-a2"), review.judgements().get(1).flags());
            assertEquals(1000L, review.judgements().get(0).timeOnTaskMs());
            assertEquals(2, review.adjudications().size());
            assertEquals("tie", review.decision().winner());
            assertEquals(0, review.decision().strength(), "a tie carries no strength");
            assertNull(review.decision().rationale(), "a blank rationale is not stored");
            assertEquals("m1", review.candidate(review.judgements().get(0).candidateA()).model());
            assertEquals(0, adjudication.sideBySide(p3, "yo").judgements().size());
        }
    }

    @Test
    void aPairGivenInEitherOrderIsStoredWithTheSmallerIdAsA() {
        try (Project p = JudgedProject.twoLanguages(dir.resolve("o.indaba"))) {
            Adjudication adjudication = new Adjudication(p.database());
            long q1 = new JudgedProject(p).itemId("q1");
            List<Long> c = p.candidates().forItem(q1).stream().map(Candidate::id).toList();

            Judgement j = adjudication.decide(q1, "yo", c.get(2), c.get(0), Winner.A, 0, null, "lead");

            assertEquals(c.get(0), j.candidateA());
            assertEquals(c.get(2), j.candidateB());
            assertEquals("B", j.winner(), "the caller's A was the larger id");
            assertEquals(-1, j.strength(), "a win counts at least 1");
        }
    }

    @Test
    void badDecisionsAreRefusedAndStoreNothing() {
        try (Project p = JudgedProject.twoLanguages(dir.resolve("b.indaba"))) {
            Adjudication adjudication = new Adjudication(p.database());
            JudgedProject f = new JudgedProject(p);
            long q1 = f.itemId("q1");
            long p1 = f.itemId("p1");
            long foreign = p.candidates().forItem(q1).get(0).id();
            long own = p.candidates().forItem(p1).get(0).id();
            int count = all(p).size();

            IllegalArgumentException several = assertThrows(IllegalArgumentException.class,
                    () -> adjudication.decide(q1, "yo", Winner.A, 1, null, "lead"));
            assertTrue(several.getMessage().contains("3 judged pairs"), several.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> adjudication.decide(p1, "am", Winner.A, 4, null, "lead"));
            assertThrows(IllegalArgumentException.class,
                    () -> adjudication.decide(p1, "am", own, foreign, Winner.A, 1, null, "lead"));
            assertThrows(IllegalArgumentException.class,
                    () -> adjudication.decide(p1, "am", Winner.A, 1, null, " "));
            assertThrows(IllegalArgumentException.class, () -> adjudication.decide(p1, "am", null, 1, null, "x"));
            assertThrows(IllegalArgumentException.class, () -> Winner.of("left"));
            assertEquals(count, all(p).size());
        }
    }
}
