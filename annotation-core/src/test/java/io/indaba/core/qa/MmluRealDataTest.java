package io.indaba.core.qa;

import io.indaba.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks on the real MMLU deliveries and their Google machine translations; skipped without the data. */
class MmluRealDataTest {

    private static final String HUMAN = "bridging_the_gap/mmlu_cm_ck_vir/";
    private static final String MACHINE = "bridging_the_gap/mmlu_cm_ck_vir_mt/";
    private final QaRunner runner = QaRunner.standard();

    private List<QaFinding> virologyDev(String lang, String checkId) {
        List<QaItem> items = MmluRows.read(SharedData.file(HUMAN + "virology_dev.csv"),
                SharedData.file(HUMAN + "virology_dev_" + lang + ".csv"),
                SharedData.file(MACHINE + "virology_dev_" + lang + ".csv"), lang);
        return runner.checkAll(items).stream().filter(f -> f.checkId().equals(checkId)).toList();
    }

    @Test
    void bambaraVirologyIsMostlyTheMachineDraftUnedited() {
        // 22 of the 25 fields equal Google's output exactly
        List<QaFinding> found = virologyDev("bm", MtSimilarityCheck.ID);
        assertEquals(22, found.size());
        assertTrue(found.stream().allMatch(f -> f.message().contains("almost unedited (0% changed)")));
    }

    @Test
    void amharicAndIgboDraftsAfterEntityDecoding() {
        List<QaFinding> am = virologyDev("am", MtSimilarityCheck.ID);
        assertEquals(6, am.stream().filter(f -> f.message().contains("unedited")).count());
        assertEquals(1, am.stream().filter(f -> f.message().contains("right field")).count());
        // the Igbo drafts hold &#39; for the apostrophe of n'ihi: decoded, only one field is far from its draft
        List<QaFinding> ig = virologyDev("ig", MtSimilarityCheck.ID);
        assertEquals(1, ig.size());
        assertTrue(ig.get(0).message().contains("100% changed"));
    }

    @Test
    void amharicCodeMixedTermsAreReportedWithoutFix() {
        List<QaItem> items = MmluRows.read(SharedData.file(HUMAN + "virology_test.csv"),
                SharedData.file(HUMAN + "virology_test_am.csv"), null, "am");
        List<QaFinding> found = runner.checkAll(items).stream()
                .filter(f -> f.checkId().equals(MixedScriptCheck.ID)).toList();
        assertEquals(19, found.size()); // የRNA, viruseዎች, E7ን ...: English terms with Amharic affixes
        assertTrue(found.stream().noneMatch(f -> f.autoFix().isPresent()));
        assertTrue(found.stream().anyMatch(f -> f.message().contains("የRNA (Ethiopic+Latin)")));
    }

    @Test
    void everyCheckRunsOverEveryDeliveryWithoutFailing() throws IOException {
        Path dir = SharedData.dir().resolve(HUMAN);
        int files = 0;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path translated : list.sorted().toList()) {
                String name = translated.getFileName().toString().replace(".csv", "");
                String lang = name.substring(name.lastIndexOf('_') + 1);
                if (lang.matches("dev|val|test")) {
                    continue;
                }
                Path english = dir.resolve(name.substring(0, name.lastIndexOf('_')) + ".csv");
                assertNoFailures(MmluRows.read(english, translated, null, lang));
                files++;
            }
        }
        for (String lang : List.of("af", "xh", "zu")) { // the agency delivery: BOM, CRLF, semicolons
            assertNoFailures(MmluRows.read(dir.resolve("clinical_knowledge_dev.csv"),
                    SharedData.file("translated_com_raw/clinical_knowledge_dev_" + lang + ".csv"), ';', null, lang));
            files++;
        }
        assertEquals(25, files); // 22 translations beside their English, 3 agency files
    }

    private void assertNoFailures(List<QaItem> items) {
        for (QaFinding f : runner.checkAll(items)) {
            assertTrue(!f.message().startsWith("the check failed"), f.toString());
        }
    }
}
