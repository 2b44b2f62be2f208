package io.indaba.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks run over stored translations, with MCQ choices named as stored. */
class ProjectQaTest {

    @TempDir
    Path dir;

    @Test
    void findsStoredProblemsAndNamesFieldsAsStored() throws Exception {
        try (Project p = Project.create(dir.resolve("qa.indaba"), new ProjectSettings("QA", "en", List.of("bm", "am")), "t")) {
            Map<String, String> mcq = new LinkedHashMap<>();
            mcq.put("question", "How many legs does a spider have?");
            mcq.put("A", "six");
            mcq.put("B", "eight");
            Map<String, String> wino = new LinkedHashMap<>();
            wino.put("sentence", "The trophy did not fit in the suitcase because _ was too big.");
            wino.put("option1", "trophy");
            wino.put("option2", "suitcase");
            p.items().importAll(List.of(
                    Item.of("m1", ItemKind.MCQ, "en", "c", 1, mcq, "B", null),
                    Item.of("w1", ItemKind.WINOGRANDE, "en", "c", 2, wino, "1", null),
                    Item.of("untouched", ItemKind.MCQ, "en", "c", 3, mcq, "B", null)).iterator(), "t", "test", Progress.NONE);
            Item m1 = p.items().byExternalId("m1").orElseThrow();
            Item w1 = p.items().byExternalId("w1").orElseThrow();
            save(p, m1, "question", "Jɔ\u200Bn ye sεbεn?");
            save(p, m1, "A", "wɔɔrɔ");
            save(p, m1, "B", "wɔɔrɔ");
            save(p, w1, "sentence", "Sanbaga ma se ka don valizi kɔnɔ sabu a tun ka bon.");
            List<QaFinding> findings = new ArrayList<>();
            long checked = ProjectQa.standard().run(p, "bm", findings::add, Progress.NONE);
            assertEquals(2, checked, "only items with translations are checked");
            List<String> ids = findings.stream().map(f -> f.checkId() + ":" + f.itemId() + "/" + f.field()).toList();
            assertTrue(ids.contains("invisible-char:m1/question"), ids.toString());
            assertTrue(ids.contains("mixed-script:m1/question"), ids.toString());
            assertTrue(ids.stream().anyMatch(s -> s.startsWith("identical-options:m1/")), ids.toString());
            assertTrue(ids.contains("blank-count:w1/sentence"), ids.toString());
            assertTrue(findings.stream().noneMatch(f -> f.field().startsWith("option") && f.itemId().equals("m1")),
                    "MCQ findings name the stored choice (A, B), not option1: " + ids);
            QaFinding same = findings.stream().filter(f -> f.checkId().equals("identical-options")).findFirst()
                    .orElseThrow();
            assertTrue(same.message().startsWith("B has the same translation as A "), same.message());
            assertTrue(ProjectQa.standard().check(p, m1, "am").stream().allMatch(f -> f.lang().equals("am")));

            io.indaba.core.formats.Exporter report = io.indaba.core.formats.Formats.exporter("qa-report");
            Path csv = dir.resolve("qa.csv");
            var written = report.export(p, new io.indaba.core.formats.ExportOptions(csv, "bm", null), Progress.NONE);
            assertEquals(findings.size(), written.records());
            List<String> rows = readLines(csv);
            assertEquals("lang,item,field,check,severity,message,auto_fix", rows.get(0));
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("bm,w1,sentence,blank-count,error")), rows.toString());
            Path json = dir.resolve("qa.json");
            report.export(p, new io.indaba.core.formats.ExportOptions(json, "bm", null), Progress.NONE);
            var tree = io.indaba.core.store.Json.MAPPER.readTree(json.toFile());
            assertEquals(4, tree.at("/languages/bm/finishedTranslations").asInt());
            assertEquals(1, tree.at("/languages/bm/findingsByCheck/blank-count").asInt());
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return java.nio.file.Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void save(Project p, Item item, String field, String text) {
        p.translations().save(new Translations.Change(item.id(), field, "bm", text, TranslationStatus.TRANSLATED,
                Origin.HUMAN, "t", item.sourceHash(), null));
    }
}
