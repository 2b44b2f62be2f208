package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming every translation into one language: read in id order, rewritten all or nothing. */
class LanguageTranslationsTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryTranslationOfTheLanguageInIdOrder() {
        try (Project project = ProjectFixture.create(dir)) {
            Item item = ProjectFixture.mcq(project, "q1", "Sky?", "blue", "green");
            ProjectFixture.translate(project, item, "question", "ሰማይ?", TranslationStatus.DRAFT);
            ProjectFixture.translate(project, item, "A", "ሰማያዊ", TranslationStatus.REVIEWED);
            List<LanguageTranslations.Stored> seen = new ArrayList<>();
            LanguageTranslations.read(project.database(), "am", seen::add, Progress.NONE);
            assertEquals(List.of("question", "A"), seen.stream().map(LanguageTranslations.Stored::field).toList());
            assertEquals(TranslationStatus.REVIEWED, seen.get(1).status());
            assertEquals(item.sourceHash(), seen.get(0).sourceHash());
            List<LanguageTranslations.Stored> none = new ArrayList<>();
            LanguageTranslations.read(project.database(), "fr", none::add, Progress.NONE);
            assertEquals(List.of(), none);
        }
    }

    @Test
    void rewritesWhatTheFunctionChangesAndACancelKeepsNothing() {
        try (Project project = ProjectFixture.create(dir)) {
            Item item = ProjectFixture.mcq(project, "q1", "Sky?", "blue", "green");
            ProjectFixture.translate(project, item, "question", "ሰማይ?", TranslationStatus.DRAFT);
            ProjectFixture.translate(project, item, "A", "ሰማያዊ", TranslationStatus.REVIEWED);
            LanguageTranslations.rewrite(project.database(), "am", row -> row.field().equals("A")
                    ? Optional.of(new Translations.Change(row.itemId(), row.field(), "am", row.body() + "!",
                            row.status(), Origin.HUMAN, "tester", row.sourceHash(), "test"))
                    : Optional.empty(), Progress.NONE);
            assertEquals(List.of("ሰማይ?", "ሰማያዊ!"), bodies(project));

            Progress cancelled = new Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean cancelled() {
                    return true;
                }
            };
            assertThrows(Cancelled.class, () -> LanguageTranslations.rewrite(project.database(), "am",
                    row -> Optional.of(new Translations.Change(row.itemId(), row.field(), "am", "x", row.status(),
                            Origin.HUMAN, "tester", row.sourceHash(), "test")), cancelled));
            assertEquals(List.of("ሰማይ?", "ሰማያዊ!"), bodies(project));
        }
    }

    private static List<String> bodies(Project project) {
        List<String> out = new ArrayList<>();
        LanguageTranslations.read(project.database(), "am", row -> out.add(row.body()), Progress.NONE);
        return out;
    }
}
