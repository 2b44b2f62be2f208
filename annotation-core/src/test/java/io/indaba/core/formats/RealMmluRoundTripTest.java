package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.testing.SharedData;
import io.indaba.core.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports every real MMLU file (English, human, machine and back-translations, the agency delivery) and exports. */
class RealMmluRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void everyRealMmluFileExportsByteForByte() throws Exception {
        List<Path> english = new ArrayList<>();
        List<Path> translated = new ArrayList<>();
        for (String folder : List.of("bridging_the_gap/mmlu_cm_ck_vir", "bridging_the_gap/mmlu_cm_ck_vir_mt",
                "bridging_the_gap/mmlu_cm_ck_vir_bt", "translated_com_raw")) {
            for (Path f : SharedData.csvFiles(folder)) {
                (MmluFileName.parse(f).lang() == null ? english : translated).add(f);
            }
        }
        Importer importer = Formats.importer("mmlu-csv");
        Exporter exporter = Formats.exporter("mmlu-csv");
        Map<Path, Path> exported = new LinkedHashMap<>();
        try (Project p = TestProjects.create(dir)) {
            for (Path f : english) {
                assertEquals("mmlu-csv", Formats.detect(f).id(), f.toString());
                importer.importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            }
            Map<String, Path> outByLang = new LinkedHashMap<>();
            for (Path f : translated) {
                String lang = TranslationLanguage.resolve(f, null, MmluFileName.parse(f).lang(), null).tag();
                ImportReport r = importer.importFile(p, f, TestProjects.translation(null, "position"), Progress.NONE);
                assertTrue(r.translations() > 0, f + " attached nothing");
                Path out = outByLang.computeIfAbsent(lang, l -> dir.resolve("out-" + l));
                exported.put(f, out.resolve(f.getFileName()));
            }
            Path outEnglish = dir.resolve("out-en");
            exporter.export(p, new ExportOptions(outEnglish, null, null), Progress.NONE);
            english.forEach(f -> exported.put(f, outEnglish.resolve(f.getFileName())));
            long t0 = System.nanoTime();
            for (Map.Entry<String, Path> e : outByLang.entrySet()) {
                exporter.export(p, new ExportOptions(e.getValue(), e.getKey(), null), Progress.NONE);
            }
            System.out.printf("exports took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
        List<String> differentBytes = new ArrayList<>();
        List<String> differentRecords = new ArrayList<>();
        for (Map.Entry<Path, Path> e : exported.entrySet()) {
            byte[] original = Files.readAllBytes(e.getKey());
            byte[] written = Files.readAllBytes(e.getValue());
            if (!Arrays.equals(original, written)) {
                differentBytes.add(e.getKey().toString());
            }
            if (!records(e.getKey(), original).equals(records(e.getValue(), written))) {
                differentRecords.add(e.getKey().toString());
            }
        }
        System.out.printf("mmlu-csv round trip: %d of %d real files byte-identical%n",
                exported.size() - differentBytes.size(), exported.size());
        assertEquals(List.of(), differentRecords, "records differ after export");
        assertEquals(List.of(), differentBytes, "bytes differ after export");
        assertEquals(36, exported.size());
    }

    private static List<List<String>> records(Path file, byte[] bytes) {
        return CsvFile.parse(file, bytes).rows().stream().map(CsvRow::values).toList();
    }
}
