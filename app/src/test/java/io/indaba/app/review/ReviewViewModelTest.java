package io.indaba.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.stats.JudgedSessions;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Winner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review workspace's state: disagreements, the side-by-side item and saving an adjudication. */
class ReviewViewModelTest {

    @TempDir
    Path dir;

    private static List<Judgement> stored(ProjectSession session) {
        List<Judgement> all = new ArrayList<>();
        session.run("read", (project, progress) -> {
            project.judgements().forEach(null, all::add);
            return null;
        }, done -> { }, e -> { throw new AssertionError(e); });
        return all;
    }

    @Test
    void listsThePairsWithDisagreementAndShowsTheFirstSideBySide() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            ReviewViewModel model = new ReviewViewModel(session, "lead2");
            model.load();

            assertEquals("am", model.languageProperty().get().tag());
            assertEquals(List.of("p2 · A 2 · B 1", "✓ p3 · A 1 · B 1 → A"),
                    model.disagreements().stream().map(DisagreementRow::label).toList());
            assertEquals("p2", model.selectedProperty().get().disagreement().externalId());
            assertEquals("Prompt p2", model.promptProperty().get());
            assertEquals("A · m1", model.candidateALabelProperty().get());
            assertEquals("B · m2", model.candidateBLabelProperty().get());
            assertEquals("A **longer** answer from m1", model.candidateAProperty().get());
            assertEquals(List.of("a1", "a2", "a1"), model.judgements().stream().map(JudgementRow::annotatorId).toList());
            JudgementRow first = model.judgements().get(0);
            assertEquals("A, strength 2", first.verdict());
            assertEquals("because a1", first.rationale());
            assertEquals("flag-a1", first.flags());
            assertEquals("back-translation", first.aids());
            assertEquals("2.5 s", first.time());
            assertEquals("B, strength 1", model.judgements().get(2).verdict());
            assertEquals("Not adjudicated yet.", model.standingProperty().get());
            assertNull(model.winnerProperty().get());
            assertFalse(model.canSaveProperty().get(), "no winner chosen yet");
        }
    }

    @Test
    void anAdjudicatedPairShowsItsStandingDecisionInTheForm() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            ReviewViewModel model = new ReviewViewModel(session, "lead2");
            model.load();
            model.next();

            assertEquals("p3", model.selectedProperty().get().disagreement().externalId());
            assertTrue(model.standingProperty().get().startsWith("Adjudicated: A, strength 2 (by lead)"),
                    model.standingProperty().get());
            assertEquals(Winner.A, model.winnerProperty().get());
            assertEquals(2, model.strengthProperty().get());
            assertEquals("m1 is right", model.rationaleProperty().get());
            model.next();
            assertEquals("p3", model.selectedProperty().get().disagreement().externalId(), "stays on the last");
            model.previous();
            assertEquals("p2", model.selectedProperty().get().disagreement().externalId());
        }
    }

    @Test
    void savingStoresAnAdjudicationLeavesTheAnnotatorsAloneAndMovesOn() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            ReviewViewModel model = new ReviewViewModel(session, "lead2");
            model.load();
            List<Judgement> before = stored(session);
            long revision = session.revisionProperty().get();

            model.winnerProperty().set(Winner.B);
            model.setStrength(7);
            model.rationaleProperty().set("B is the only correct answer");
            assertTrue(model.canSaveProperty().get());
            model.save();

            List<Judgement> after = stored(session);
            assertEquals(before, after.subList(0, before.size()));
            Judgement decision = after.get(after.size() - 1);
            assertTrue(decision.adjudication());
            assertEquals("lead2", decision.annotatorId());
            assertEquals("B", decision.winner());
            assertEquals(-3, decision.strength(), "strength is kept within 1..3");
            assertEquals("B is the only correct answer", decision.rationale());
            assertEquals(revision + 1, session.revisionProperty().get(), "other workspaces are told");
            assertEquals("Saved p2: B, strength 3", model.messageProperty().get());
            assertEquals("✓ p2 · A 2 · B 1 → B", model.disagreements().get(0).label());
            // p3 was already decided, so the next open pair is none and the selection stays on p2
            assertEquals("p2", model.selectedProperty().get().disagreement().externalId());
            assertTrue(model.standingProperty().get().startsWith("Adjudicated: B, strength 3 (by lead2)"));
        }
    }

    @Test
    void aTieCarriesNoStrengthAndAnotherLanguageHasItsOwnList() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            ReviewViewModel model = new ReviewViewModel(session, "lead2");
            model.load();
            model.languageProperty().set(model.languages().get(1));
            assertEquals(List.of("q1", "q2", "q3"), model.disagreements().stream()
                    .map(r -> r.disagreement().externalId()).toList());
            assertEquals("A · m1", model.candidateALabelProperty().get());
            assertEquals("B · m3", model.candidateBLabelProperty().get(), "the pair a3 disagreed on");

            model.winnerProperty().set(Winner.TIE);
            model.setStrength(3);
            model.save();

            Judgement decision = stored(session).get(stored(session).size() - 1);
            assertEquals("tie", decision.winner());
            assertEquals(0, decision.strength());
            assertEquals("yo", decision.lang());
            assertEquals("q2", model.selectedProperty().get().disagreement().externalId(), "moved to the next open pair");
        }
    }

    @Test
    void noPairJudgedTwiceIsNotCalledAgreement() {
        Project project = Project.create(dir.resolve("lone.indaba"), new ProjectSettings("Lone", "en", List.of("am")),
                "t");
        List<Long> pair = JudgedSessions.prompt(project, "p1", "am", new String[] {"m1", "m2"},
                new String[] {"x", "y"});
        JudgedSessions.judge(project, "a1", "am", pair, "A", 1, true);
        try (ProjectSession session = new ProjectSession(project, "lone", new Tasks(Runnable::run, Runnable::run))) {
            ReviewViewModel model = new ReviewViewModel(session, "lead");
            model.load();
            assertTrue(model.disagreements().isEmpty());
            assertTrue(model.emptyNoteProperty().get().contains("no pair in this language has been judged by two"),
                    model.emptyNoteProperty().get());
            assertFalse(model.emptyNoteProperty().get().contains("annotators agree"), model.emptyNoteProperty().get());
            assertFalse(model.loadedProperty().get(), "nothing is loaded, so nothing can be decided");
            model.winnerProperty().set(Winner.A);
            assertFalse(model.canSaveProperty().get());
        }
    }

    @Test
    void pairsJudgedTwiceAlikeAreCalledAgreement() {
        Project project = Project.create(dir.resolve("agree.indaba"),
                new ProjectSettings("Agree", "en", List.of("am")), "t");
        List<Long> pair = JudgedSessions.prompt(project, "p1", "am", new String[] {"m1", "m2"},
                new String[] {"x", "y"});
        JudgedSessions.judge(project, "a1", "am", pair, "A", 1, true);
        JudgedSessions.judge(project, "a2", "am", pair, "A", 2, false);
        try (ProjectSession session = new ProjectSession(project, "agree", new Tasks(Runnable::run, Runnable::run))) {
            ReviewViewModel model = new ReviewViewModel(session, "lead");
            model.load();
            assertTrue(model.emptyNoteProperty().get().contains("annotators agree"), model.emptyNoteProperty().get());
        }
    }

    @Test
    void noJudgementsAtAllSaySo() {
        Project project = Project.create(dir.resolve("none.indaba"), new ProjectSettings("None", "en", List.of("am")),
                "t");
        try (ProjectSession session = new ProjectSession(project, "none", new Tasks(Runnable::run, Runnable::run))) {
            ReviewViewModel model = new ReviewViewModel(session, "lead");
            model.load();
            assertTrue(model.emptyNoteProperty().get().startsWith("No pairwise judgements yet"),
                    model.emptyNoteProperty().get());
        }
    }

    @Test
    void aShownPairIsLoaded() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            ReviewViewModel model = new ReviewViewModel(session, "lead2");
            model.load();
            assertTrue(model.loadedProperty().get());
            assertTrue(model.emptyNoteProperty().get().startsWith("Choose a pair"), model.emptyNoteProperty().get());
        }
    }
}
