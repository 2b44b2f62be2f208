package io.indaba.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.item.ItemQuery;
import io.indaba.core.prefer.Adjudication;
import io.indaba.core.prefer.Disagreement;
import io.indaba.core.prefer.PreferenceVotes;
import io.indaba.core.prefer.VoteSet;
import io.indaba.core.qa.ProjectQa;
import io.indaba.core.stats.LanguageReport;
import io.indaba.core.stats.PreferenceStatistics;
import io.indaba.core.stats.StatsReport;
import io.indaba.core.project.Project;
import io.indaba.core.project.ProjectInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectTest {

    @TempDir
    Path dir;

    @Test
    void buildsEveryKindOfWorkFromTheBundledSources() {
        Path file = SampleProject.build(dir.resolve(SampleProject.FILE_NAME));
        try (Project project = Project.open(file)) {
            ProjectInfo info = project.info();
            assertEquals("Indaba sample", info.name());
            assertEquals(Map.of("mcq", 6L, "winogrande", 6L, "prompt", 4L, "text", 0L), info.itemsByKind());
            ProjectInfo.LanguageCounts am = info.languages().get("am");
            // approved, translated and rejected MCQ (5 fields each), a draft with only its question, a Winogrande row
            assertEquals(5 + 5 + 5 + 1 + 3, am.translations());
            assertEquals(5 + 5 + 3, am.finishedTranslations());
            assertEquals(8, am.candidates());
            // three annotators: every pair of four responses to one prompt (18) and one pair of another (3)
            assertEquals(18 + 3, am.judgements());
            ProjectInfo.LanguageCounts ig = info.languages().get("ig");
            assertEquals(5 + 5 + 1 + 3, ig.translations());
            assertEquals(10, ig.finishedTranslations());
            assertEquals(6, info.languages().get("ar").candidates());
            assertEquals(8, info.languages().get("ar").judgements());
            assertEquals(1, info.languages().get("yo").judgements());
            assertEquals(3, project.annotators().all().size());
        }
    }

    @Test
    void fillsStatisticsReviewAndQaWithRealNumbers() {
        Path file = SampleProject.build(dir.resolve("full.indaba"));
        try (Project project = Project.open(file)) {
            VoteSet votes = new PreferenceVotes(project.judgements(), project.candidates()).read(null);
            StatsReport report = new PreferenceStatistics().compute(votes.votes());
            LanguageReport am = report.languages().stream().filter(l -> l.lang().equals("am")).findFirst().orElseThrow();
            // three annotators on the same pairs: agreement is a number, not a dash
            assertNotNull(am.agreement().alphaNominal());
            assertNotNull(am.agreement().fleissKappa());
            assertTrue(am.agreement().alphaNominal() > 0 && am.agreement().alphaNominal() < 1, "am alpha " + am.agreement());
            assertEquals(3, am.annotators().size());
            // four models on one connected leaderboard
            assertTrue(am.ratings().connected());
            assertEquals(4, am.ratings().components().get(0).ratings().size());
            // at least one open disagreement for Review
            List<Disagreement> open = new Adjudication(project.database()).disagreements("am");
            assertTrue(open.size() >= 2, "disagreements " + open);
            // translations with something for QA to find, at several statuses
            Set<String> checks = new TreeSet<>();
            for (String lang : List.of("am", "ig", "yo", "ar")) {
                ProjectQa.standard().run(project, lang, f -> checks.add(f.checkId()), io.indaba.core.Progress.NONE);
            }
            assertTrue(checks.containsAll(Set.of("numbers", "not-nfc", "invisible-char")), "QA found " + checks);
        }
    }

    @Test
    void linksWinograndeTwinsBothWays() {
        Path file = SampleProject.build(dir.resolve("twins.indaba"));
        try (Project project = Project.open(file)) {
            long a = project.items().byExternalId("sample-wg-2a").orElseThrow().id();
            long b = project.items().byExternalId("sample-wg-2b").orElseThrow().id();
            assertEquals(List.of(b), project.items().links(a, "twin"));
            assertEquals(List.of(a), project.items().links(b, "twin"));
        }
    }

    @Test
    void everyWinograndeSentenceHasExactlyOneBlank() {
        for (var row : SampleProject.rows("winogrande.jsonl")) {
            String sentence = row.get("sentence").asText();
            assertEquals(1, sentence.chars().filter(c -> c == '_').count(), sentence);
        }
        for (var row : SampleProject.rows("translations.jsonl")) {
            if (row.get("fields").has("sentence")) {
                String sentence = row.get("fields").get("sentence").asText();
                assertEquals(1, sentence.chars().filter(c -> c == '_').count(), sentence);
            }
        }
    }

    @Test
    void refusesToOverwriteAnExistingFile() {
        Path file = SampleProject.build(dir.resolve("once.indaba"));
        try {
            SampleProject.build(file);
            throw new AssertionError("a second build over the same file must fail");
        } catch (RuntimeException expected) {
            assertTrue(expected.getMessage().contains("already exists"), expected.getMessage());
        }
        try (Project project = Project.open(file)) {
            assertEquals(16, project.items().count(ItemQuery.ALL));
        }
    }
}
