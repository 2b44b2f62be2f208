package io.indaba.core.qa;

import io.indaba.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks on the real Winogrande deliveries in {@code ../shared/data}; skipped when the folder is absent.
 * The data README counts characters or rows; checks report one finding per field, so both are asserted here.
 */
class WinograndeRealDataTest {

    private static final String DIR = "bridging_the_gap/winogrande_s/";
    private final QaRunner runner = QaRunner.standard();

    private List<QaFinding> findings(String file, String language, String lang, String checkId) {
        List<QaItem> items = WinograndeRows.read(SharedData.file(file), language, lang);
        assertEquals(3674, items.size());
        return runner.checkAll(items).stream().filter(f -> f.checkId().equals(checkId)).toList();
    }

    @Test
    void bambaraGreekEpsilonsAreMixedScriptAndFixable() {
        List<QaItem> items = WinograndeRows.read(SharedData.file(DIR + "winogrande_bm.csv"), "Bambara", "bm");
        List<QaFinding> found = runner.checkAll(items).stream()
                .filter(f -> f.checkId().equals(MixedScriptCheck.ID)).toList();
        // 47 U+03B5 (the README's count) in 5 sentences, plus 2 U+1F72 "ὲ" (epsilon with grave) in a sixth
        assertEquals(6, found.size());
        assertEquals(47, countInRanges(items, found, "\u03B5"));
        assertEquals(2, countInRanges(items, found, "\u1F72"));
        for (QaFinding f : found) {
            String fixed = f.autoFix().orElseThrow();
            assertFalse(fixed.contains("\u03B5") || fixed.contains("\u1F72"), fixed);
            assertTrue(fixed.contains("ɛ"));
        }
        assertTrue(found.stream().anyMatch(f -> f.message().contains("sεbεn (Latin+Greek)")));
    }

    @Test
    void bambaraZeroWidthSpacesAndNonNfc() {
        List<QaItem> items = WinograndeRows.read(SharedData.file(DIR + "winogrande_bm.csv"), "Bambara", "bm");
        List<QaFinding> all = runner.checkAll(items);
        List<QaFinding> invisible = only(all, InvisibleCharCheck.ID);
        // 58 ZERO WIDTH SPACEs (the README's count), in pairs in 29 sentences
        assertEquals(29, invisible.size());
        assertEquals(58, countInRanges(items, invisible, "\u200B"));
        assertEquals(58, invisible.stream().mapToInt(f -> f.ranges().size()).sum());
        // 14 fields in 12 rows carry a decomposed acute or grave accent
        List<QaFinding> notNfc = only(all, NotNfcCheck.ID);
        assertEquals(14, notNfc.size());
        assertEquals(12, notNfc.stream().map(QaFinding::itemId).distinct().count());
        assertTrue(notNfc.stream().allMatch(f -> f.autoFix().isPresent()));
        // the README's "0 to 6 rows per language": all six Bambara ones have two separate blanks, no safe fix
        List<QaFinding> blanks = only(all, BlankCountCheck.ID);
        assertEquals(6, blanks.size());
        assertTrue(blanks.stream().noneMatch(f -> f.autoFix().isPresent()));
    }

    @Test
    void igboNonNfcZeroWidthSpacesAndDoubledBlanks() {
        List<QaItem> items = WinograndeRows.read(SharedData.file(DIR + "winogrande_ig.csv"), "Igbo", "ig");
        List<QaFinding> all = runner.checkAll(items);
        assertEquals(1, only(all, NotNfcCheck.ID).size());
        List<QaFinding> invisible = only(all, InvisibleCharCheck.ID);
        assertEquals(1, invisible.size());
        assertEquals(2, countInRanges(items, invisible, "\u200B"));
        // the three NBSPs are spaces, not invisible characters
        assertTrue(invisible.stream().noneMatch(f -> f.message().contains("NO-BREAK SPACE")));
        // six broken blanks: five written as one run "__"/"___" (fixable), one as "_ _"
        List<QaFinding> blanks = only(all, BlankCountCheck.ID);
        assertEquals(6, blanks.size());
        assertEquals(5, blanks.stream().filter(f -> f.autoFix().isPresent()).count());
    }

    @Test
    void amharicFullStopsAndZeroWidthSpaces() {
        List<QaItem> items = WinograndeRows.read(SharedData.file(DIR + "winogrande_am.csv"), "Amharic", "am");
        List<QaFinding> all = runner.checkAll(items);
        // 3,657 sentences end with ASCII "." (8 of them ".."); the 8 ending with ። pass
        List<QaFinding> stops = only(all, PunctuationCheck.ID);
        assertEquals(3657, stops.size());
        assertTrue(stops.stream().allMatch(f -> f.autoFix().orElseThrow().strip().endsWith("\u1362")));
        List<QaFinding> invisible = only(all, InvisibleCharCheck.ID);
        assertEquals(10, invisible.size());
        assertEquals(19, countInRanges(items, invisible, "\u200B"));
        assertEquals(0, only(all, BlankCountCheck.ID).size());
    }

    @Test
    void amharicBackTranslationLosesTheBlank() {
        // the back-translation column is English: 2,011 rows without "_" plus 4 with "_was_"-style pairs = 2,015
        List<QaFinding> found = findings("bridging_the_gap/winogrande_s_bt/winogrande_am.csv", "Amharic", "en",
                BlankCountCheck.ID);
        assertEquals(2015, found.size());
        assertEquals(2011, found.stream().filter(f -> f.ranges().isEmpty()).count());
        assertTrue(found.stream().noneMatch(f -> f.autoFix().isPresent()));
    }

    @Test
    void everyEnglishRowNamesBothOptionsOutsideTheBlank() {
        List<QaItem> english = WinograndeRows.readEnglish(SharedData.file(DIR + "winogrande.csv"));
        assertEquals(3674, english.size());
        long naming = english.stream().filter(WinograndeRealDataTest::sentenceNamesBothOptions).count();
        assertEquals(3674, naming); // case-insensitively; case-sensitively 18 rows ("The bag" vs "bag") would fail
        assertEquals(List.of(), runner.checkAll(english).stream()
                .filter(f -> f.checkId().equals(OptionNotInSentenceCheck.ID)).toList());
    }

    @Test
    void optionsMissingFromTranslatedSentences() {
        // per option field; the English always names both, so every finding is the translation's
        Map<String, Integer> expected = Map.of("am", 244, "bm", 719, "ig", 593);
        Map<String, String> languages = Map.of("am", "Amharic", "bm", "Bambara", "ig", "Igbo");
        expected.forEach((lang, count) -> assertEquals(count, findings(DIR + "winogrande_" + lang + ".csv",
                languages.get(lang), lang, OptionNotInSentenceCheck.ID).size(), lang));
    }

    @Test
    void optionsTranslatedAlike() {
        List<QaFinding> bm = findings(DIR + "winogrande_bm.csv", "Bambara", "bm", IdenticalOptionsCheck.ID);
        assertEquals(31, bm.size());
        assertTrue(bm.stream().anyMatch(f -> f.message().contains("(\"So\") but the sources differ (\"home\" / \"house\")")));
        assertEquals(16, findings(DIR + "winogrande_ig.csv", "Igbo", "ig", IdenticalOptionsCheck.ID).size());
        assertEquals(2, findings(DIR + "winogrande_am.csv", "Amharic", "am", IdenticalOptionsCheck.ID).size());
    }

    private static boolean sentenceNamesBothOptions(QaItem item) {
        String sentence = item.segment(QaFields.SENTENCE).orElseThrow().sourceText().toLowerCase(Locale.ROOT);
        return item.options().stream()
                .allMatch(o -> sentence.replace("_", " ").contains(o.sourceText().strip().toLowerCase(Locale.ROOT)));
    }

    private static List<QaFinding> only(List<QaFinding> all, String checkId) {
        return all.stream().filter(f -> f.checkId().equals(checkId)).toList();
    }

    // How often `what` occurs inside the findings' ranges of their target texts.
    private static int countInRanges(List<QaItem> items, List<QaFinding> found, String what) {
        Map<String, QaItem> byId = items.stream().collect(Collectors.toMap(QaItem::itemId, i -> i, (a, b) -> a));
        int n = 0;
        for (QaFinding f : found) {
            String target = byId.get(f.itemId()).segment(f.field()).orElseThrow().targetText();
            for (TextRange r : f.ranges()) {
                String part = target.substring(r.start(), r.end());
                for (int i = part.indexOf(what); i >= 0; i = part.indexOf(what, i + 1)) {
                    n++;
                }
            }
        }
        return n;
    }
}
