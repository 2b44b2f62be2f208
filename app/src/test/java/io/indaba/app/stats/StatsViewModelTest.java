package io.indaba.app.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.stats.ReliabilityWarning;
import io.indaba.core.stats.StatsOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's figures on a project whose statistics were worked out by hand. */
class StatsViewModelTest {

    @TempDir
    Path dir;

    private static Map<String, String> figures(StatsViewModel model) {
        return model.agreement().stream().collect(Collectors.toMap(Figure::id, Figure::text));
    }

    private static AnnotatorRow annotator(StatsViewModel model, String id) {
        return model.annotators().stream().filter(a -> a.annotatorId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void showsTheFirstLanguagesAgreementLeaderboardAndAnnotators() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            StatsViewModel model = new StatsViewModel(session, new StatsOptions(200, 1, 0.1));
            model.load();

            assertFalse(model.loadingProperty().get());
            assertEquals("", model.errorProperty().get());
            assertEquals(List.of("am", "yo"), model.languages().stream().map(LanguageChoice::tag).toList());
            assertEquals("am — Amharic", model.languageProperty().get().label());
            assertEquals("10 votes on 4 pairs, 4 judged by two or more · 1 adjudication not counted",
                    model.summaryProperty().get());
            Map<String, String> figures = figures(model);
            assertEquals("0.588", figures.get("alpha-nominal"));
            assertEquals("0.529", figures.get("fleiss"));
            assertEquals("0.556", figures.get("cohen"));
            assertEquals("75.0%", figures.get("raw"));
            assertEquals("66.7%", figures.get("raw-without-ties"));
            assertEquals(List.of("m1", "m2"), model.models().stream().map(ModelRow::model).toList());
            assertEquals("6-2-2", model.models().get(0).record());
            assertTrue(model.models().get(0).elo() > 1000);
            assertTrue(model.models().get(0).eloLow() < model.models().get(0).eloHigh());
            assertEquals("", model.disconnectedProperty().get());
            assertEquals("", model.agreementNoteProperty().get(), "figures are numbers: no note");
            AnnotatorRow a1 = annotator(model, "a1");
            assertEquals(6, a1.votes());
            assertEquals("3/4 · 75%", a1.majorityAgreement());
            assertEquals("1/2 · 50%", a1.swappedRepeats());
            assertEquals("4/5 · 80% · p=0.375", a1.leftPicks());
            assertEquals("4/5 · 80%", a1.longerPicks());
            assertEquals("—", a1.intransitiveTriples());
            assertEquals(0, model.flaggedProperty().get());
        }
    }

    @Test
    void anotherLanguageShowsItsGroupsAndFlagsTheCyclicAnnotator() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            StatsViewModel model = new StatsViewModel(session, new StatsOptions(0, 1, 0.1));
            model.load();
            model.languageProperty().set(model.languages().get(1));

            assertEquals("0.045", figures(model).get("alpha-nominal"));
            assertEquals("—", figures(model).get("cohen"), "three annotators: no Cohen's kappa");
            assertTrue(model.disconnectedProperty().get().contains("2 groups"), model.disconnectedProperty().get());
            assertEquals(List.of(1, 1, 1, 2, 2), model.models().stream().map(ModelRow::group).toList());
            assertEquals("5-1-0", model.models().get(0).record());
            assertEquals(null, model.models().get(0).eloLow(), "no bootstrap, no interval");
            AnnotatorRow a3 = annotator(model, "a3");
            assertEquals(Set.of(ReliabilityWarning.LOW_MAJORITY_AGREEMENT, ReliabilityWarning.INTRANSITIVE),
                    a3.warnings());
            assertTrue(a3.warningText().contains("fewer than half"), a3.warningText());
            assertEquals(1, model.flaggedProperty().get());
            assertFalse(annotator(model, "a1").flagged());
        }
    }

    @Test
    void aChangeToTheProjectRecomputesAndKeepsTheChosenLanguage() {
        try (ProjectSession session = JudgedSessions.open(dir)) {
            StatsViewModel model = new StatsViewModel(session, new StatsOptions(0, 1, 0.1));
            model.load();
            model.languageProperty().set(model.languages().get(1));
            session.run("judge", (project, progress) -> {
                List<Long> pair = JudgedSessions.prompt(project, "q9", "yo", new String[] {"m1", "m4"},
                        new String[] {"a", "b"});
                JudgedSessions.judge(project, "a1", "yo", pair, "A", 1, true);
                return null;
            }, done -> session.changed(), e -> { throw new AssertionError(e); });

            assertEquals("yo", model.languageProperty().get().tag());
            assertTrue(model.summaryProperty().get().startsWith("16 votes on 6 pairs"), model.summaryProperty().get());
            assertEquals("", model.disconnectedProperty().get(), "m1 met m4: one group now");
        }
    }

    @Test
    void oneAnnotatorAloneSaysWhyAgreementIsDashes() {
        Project project = Project.create(dir.resolve("one.indaba"), new ProjectSettings("One", "en", List.of("am")), "t");
        List<Long> c = JudgedSessions.prompt(project, "p1", "am", new String[] {"m1", "m2"}, new String[] {"a", "b"});
        JudgedSessions.judge(project, "a1", "am", c, "A", 2, true);
        try (ProjectSession session = new ProjectSession(project, "One", new Tasks(Runnable::run, Runnable::run))) {
            StatsViewModel model = new StatsViewModel(session, new StatsOptions(20, 1, 0.1));
            model.load();
            assertEquals("—", figures(model).get("alpha-nominal"));
            assertTrue(model.agreementNoteProperty().get().startsWith("Agreement needs the same pair judged by two"),
                    model.agreementNoteProperty().get());
        }
    }

    @Test
    void aProjectWithoutJudgementsSaysSo() {
        Project project = Project.create(dir.resolve("e.indaba"), new ProjectSettings("E", "en", List.of("am")), "t");
        try (ProjectSession session = new ProjectSession(project, "E", new Tasks(Runnable::run, Runnable::run))) {
            StatsViewModel model = new StatsViewModel(session);
            model.load();
            assertTrue(model.languages().isEmpty());
            assertTrue(model.summaryProperty().get().startsWith("No pairwise judgements yet"));
            assertTrue(model.agreement().isEmpty());
        }
    }
}
