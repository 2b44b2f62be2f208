package io.indaba.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.item.ItemQuery;
import io.indaba.core.project.Project;
import io.indaba.core.project.ProjectInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
            // 3 approved/translated MCQ × 5 fields would be 15; the draft has only its question, plus a Winogrande row
            assertEquals(5 + 5 + 1 + 3, am.translations());
            assertEquals(5 + 5 + 3, am.finishedTranslations());
            assertEquals(6, am.candidates());
            assertEquals(1, am.judgements());
            ProjectInfo.LanguageCounts ig = info.languages().get("ig");
            assertEquals(5 + 5 + 1 + 3, ig.translations());
            assertEquals(10, ig.finishedTranslations());
            assertEquals(5, info.languages().get("ar").candidates());
            assertEquals(1, info.languages().get("yo").judgements());
            assertEquals(2, project.annotators().all().size());
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
