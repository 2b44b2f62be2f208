package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.testing.SharedData;
import io.indaba.core.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real Winogrande deliveries (English, am/bm/ig bilingual, Amharic back-translation) and exports. */
class RealWinograndeRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void everyRealWinograndeFileExportsByteForByte() throws Exception {
        List<Path> files = new ArrayList<>(SharedData.csvFiles("bridging_the_gap/winogrande_s"));
        files.addAll(SharedData.csvFiles("bridging_the_gap/winogrande_s_bt"));
        List<String> differentBytes = new ArrayList<>();
        List<String> differentRecords = new ArrayList<>();
        try (Project p = TestProjects.create(dir)) {
            List<Path[]> pairs = new ArrayList<>();
            for (Path f : files) {
                Importer importer = Formats.detect(f);
                ImportReport r = importer.importFile(p, f, ImportOptions.defaults(), Progress.NONE);
                assertEquals(List.of(), r.skipped());
                String lang = importer.id().equals("bilingual-csv")
                        ? r.notes().getLast().substring(0, r.notes().getLast().indexOf(' ')) : null;
                Path out = dir.resolve("out-" + (lang == null ? "en" : lang)).resolve(f.getFileName());
                Formats.exporter(lang == null ? "winogrande-csv" : "bilingual-csv")
                        .export(p, new ExportOptions(out, lang, null), Progress.NONE);
                pairs.add(new Path[] {f, out});
            }
            assertEquals(3674, p.itemCount());
            for (String lang : List.of("am", "bm", "ig", "en-x-bt-am")) {
                assertEquals(3 * 3674, p.translations().countsByLanguage().get(lang).values().stream()
                        .mapToLong(Long::longValue).sum(), lang + ": three fields of every item");
            }
            for (Path[] pair : pairs) {
                byte[] a = Files.readAllBytes(pair[0]);
                byte[] b = Files.readAllBytes(pair[1]);
                if (!Arrays.equals(a, b)) {
                    differentBytes.add(pair[0].toString());
                }
                if (!CsvFile.parse(pair[0], a).rows().stream().map(CsvRow::values).toList()
                        .equals(CsvFile.parse(pair[1], b).rows().stream().map(CsvRow::values).toList())) {
                    differentRecords.add(pair[0].toString());
                }
            }
            System.out.printf("winogrande round trip: %d of %d real files byte-identical%n",
                    pairs.size() - differentBytes.size(), pairs.size());
            assertEquals(5, pairs.size());
        }
        assertEquals(List.of(), differentRecords);
        assertEquals(List.of(), differentBytes);
    }
}
