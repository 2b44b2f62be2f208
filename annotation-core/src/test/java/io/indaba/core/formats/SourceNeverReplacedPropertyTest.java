package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue #8 item 0 as a property: whatever a one-language Winogrande file with the English items' qIDs holds (Ge'ez,
 * N'Ko, Latin with tone marks), importing it either attaches translations or is refused; the English source of
 * every item stays exactly as it was, unless the user passes {@code --replace-source}.
 */
class SourceNeverReplacedPropertyTest {

    private static final String ENGLISH = "qID,Sentence,Option1,Option2,Answer\n"
            + "q-1,Amina gave Chidi the umbrella because _ was going out.,Amina,Chidi,2\n"
            + "q-2,Amina gave Chidi the umbrella because _ was staying in.,Amina,Chidi,1\n";

    private static Path dir;
    private static Project project;
    private static Map<String, Map<String, String>> english;
    private static int files;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("indaba-source-property");
        project = TestProjects.create(dir);
        Path en = TestProjects.write(dir, "wg.csv", ENGLISH);
        Formats.importer("winogrande-csv").importFile(project, en, ImportOptions.defaults(), Progress.NONE);
        english = fields();
    }

    @AfterContainer
    static void tearDown() {
        project.close();
    }

    private static Map<String, Map<String, String>> fields() {
        return Map.of("q-1", project.items().byExternalId("q-1").map(Item::fields).orElseThrow(),
                "q-2", project.items().byExternalId("q-2").map(Item::fields).orElseThrow());
    }

    /** Words in a script English is not written in, with a blank somewhere, as a translator's delivery has them. */
    @Provide
    Arbitrary<String> translatedSentence() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u1200', '\u135A').ofMinLength(2).ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u07CA', '\u07EA').ofMinLength(2).ofMaxLength(8));
        return word.list().ofMinSize(3).ofMaxSize(8).map(words -> {
            List<String> w = new ArrayList<>(words);
            w.add(w.size() / 2, "_");
            return String.join(" ", w);
        });
    }

    @Property(tries = 40)
    void aTranslatedFileNeverChangesTheEnglishSource(@ForAll("translatedSentence") String s1,
                                                      @ForAll("translatedSentence") String s2,
                                                      @ForAll boolean namedForItsLanguage,
                                                      @ForAll boolean targetLangGiven) throws IOException {
        String body = "qID,Sentence,Option1,Option2,Answer\n"
                + "q-1," + s1 + "," + s1.split(" ")[0] + "," + s2.split(" ")[0] + ",2\n"
                + "q-2," + s2 + "," + s1.split(" ")[0] + "," + s2.split(" ")[0] + ",1\n";
        Path file = TestProjects.write(dir, "delivery-" + (++files) + "/" + (namedForItsLanguage ? "wg_am.csv" : "wg.csv"),
                body);
        ImportOptions options = targetLangGiven ? TestProjects.translation("am", "id") : ImportOptions.defaults();
        try {
            ImportReport report = Formats.importer("winogrande-csv").importFile(project, file, options, Progress.NONE);
            assertTrue(namedForItsLanguage || targetLangGiven, "a plain-named file without --target-lang must be "
                    + "refused, not imported as new source: " + report);
            assertEquals(0, report.items().changed(), "no item changed");
        } catch (BadInputException refused) {
            assertTrue(refused.getMessage().contains(file.getFileName().toString()), refused.getMessage());
        }
        assertEquals(english, fields(), "the English source is untouched");
    }
}
