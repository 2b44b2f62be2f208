package io.indaba.app.project;

import io.indaba.app.common.ProjectSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {

    @TempDir
    Path dir;

    @Test
    void showsTheSampleCountsAndProgressPerLanguage() {
        try (ProjectSession session = SampleSessions.open(dir)) {
            OverviewViewModel model = new OverviewViewModel(session);
            model.load();
            assertFalse(model.loadingProperty().get());
            assertEquals("Indaba sample", model.nameProperty().get());
            assertTrue(model.sourceProperty().get().startsWith("English"), model.sourceProperty().get());
            assertEquals(16, model.itemsProperty().get());
            Map<String, Long> kinds = model.kinds().stream()
                    .collect(Collectors.toMap(OverviewViewModel.KindCount::kind, OverviewViewModel.KindCount::count));
            assertEquals(Map.of("mcq", 6L, "winogrande", 6L, "prompt", 4L, "text", 0L), kinds);
            assertEquals("Multiple-choice questions", model.kinds().get(0).label());

            Map<String, OverviewViewModel.LanguageProgress> langs = model.languages().stream()
                    .collect(Collectors.toMap(OverviewViewModel.LanguageProgress::tag, l -> l));
            assertEquals(java.util.Set.of("am", "ar", "ig", "yo"), langs.keySet(), "targets only; English is the source");
            OverviewViewModel.LanguageProgress am = langs.get("am");
            // 6 questions × 5 fields + 6 Winogrande sentences × 3 fields; prompts are not translated
            assertEquals(48, am.total());
            assertEquals(13, am.finished());
            assertEquals(13.0 / 48, am.fraction(), 1e-9);
            assertEquals(8, am.candidates());
            assertEquals(21, am.judgements());
            assertEquals("አማርኛ", am.nativeName());
            assertEquals(10, langs.get("ar").finished(), "a reviewed and an approved question");
            assertEquals(6, langs.get("ar").candidates());
        }
    }

    @Test
    void reloadsWhenTheProjectChanges() throws Exception {
        try (ProjectSession session = SampleSessions.open(dir)) {
            OverviewViewModel model = new OverviewViewModel(session);
            model.load();
            Path extra = dir.resolve("extra.jsonl");
            Files.writeString(extra, "{\"id\":\"x1\",\"text\":\"One more line\"}\n");
            session.run("import", (project, progress) -> io.indaba.core.formats.Formats.importer("jsonl")
                    .importFile(project, extra, io.indaba.core.formats.ImportOptions.defaults(), progress),
                    report -> session.changed(), e -> { throw new AssertionError(e); });
            assertEquals(17, model.itemsProperty().get());
            assertEquals(49, model.languages().get(0).total());
        }
    }

    @Test
    void followsEachSmallWrite() {
        try (ProjectSession session = SampleSessions.open(dir)) {
            OverviewViewModel model = new OverviewViewModel(session);
            model.load();
            long before = model.languages().stream().filter(l -> l.tag().equals("yo")).findFirst().orElseThrow()
                    .translations();
            session.run("save", (project, progress) -> {
                var item = java.util.stream.LongStream.rangeClosed(1, 16).mapToObj(id -> project.items().byId(id))
                        .flatMap(java.util.Optional::stream).filter(i -> i.fields().containsKey("question")
                                && !project.translations().forItem(i.id(), "yo").containsKey("question"))
                        .findFirst().orElseThrow();
                return project.translations().save(new io.indaba.core.translate.Translations.Change(item.id(),
                        "question", "yo", "Ìbéèrè", io.indaba.core.translate.TranslationStatus.DRAFT,
                        io.indaba.core.translate.Origin.HUMAN, "t", item.sourceHash(), null));
            }, saved -> session.edited(), e -> { throw new AssertionError(e); });
            long after = model.languages().stream().filter(l -> l.tag().equals("yo")).findFirst().orElseThrow()
                    .translations();
            assertEquals(before + 1, after, "the overview counts the saved field without a reopen");
        }
    }
}
