package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.base.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bilingual delivery's header names its language as people type it; every spelling finds the tag. */
class HeaderLanguageNamesTest {

    @TempDir
    Path dir;

    private static String tag(String name) {
        return TranslationLanguage.fromName(Path.of("x.csv"), name);
    }

    @Test
    void englishAndOwnNamesTagsAnyApostropheAnyCaseAnyAccents() {
        assertEquals("nqo", tag("N'Ko"), "ASCII apostrophe, where ICU writes N’Ko");
        assertEquals("nqo", tag("N’Ko"));
        assertEquals("nqo", tag("n'ko"));
        assertEquals("nqo", tag("nqo"));
        assertEquals("am", tag("Amharic"));
        assertEquals("am", tag("AMHARIC"));
        assertEquals("am", tag("አማርኛ"));
        assertEquals("yo", tag("Yorùbá"));
        assertEquals("yo", tag("Yoruba"));
        assertEquals("ig", tag("Igbo"));
        assertEquals("hi", tag("Hindi"));
        assertEquals("hi", tag("हिन्दी"));
        BadInputException unknown = assertThrows(BadInputException.class, () -> tag("Klingonese"));
        assertTrue(unknown.getMessage().contains("pass --target-lang"), unknown.getMessage());
    }

    @Test
    void anNkoDeliveryImportsLikeAnyOtherBilingualFile() throws Exception {
        Path file = Files.writeString(dir.resolve("deliveries.csv"),
                "qID,English Sentence,English Option 1,English Option 2,N'Ko Sentence,N'Ko Option 1,N'Ko Option 2,"
                        + "Answer,Split\nq1,Amina gave Chidi the umbrella because _ was going out.,Amina,Chidi,"
                        + "ߊߡߌߣߊ߫ ߞߊ߬ _ ߘߌ߫,ߊߡߌߣߊ߫,ߗߌߘߌ߫,2,dev\n");
        try (var project = io.indaba.core.project.Project.create(dir.resolve("n.indaba"),
                new io.indaba.core.base.ProjectSettings("N", "en", java.util.List.of("nqo")), "t")) {
            ImportReport report = Formats.detect(file).importFile(project, file, ImportOptions.defaults(),
                    io.indaba.core.Progress.NONE);
            assertEquals("bilingual-csv", report.format());
            assertEquals(1, report.items().added());
            assertEquals(3, report.translations());
            assertTrue(report.notes().contains("nqo translations of deliveries"), report.notes().toString());
        }
    }
}
