package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.base.BadRow;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import io.indaba.core.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlBenchmarksTest {

    private static final String MMLU = """
            {"question": "Which virus?", "subject": "virology", "choices": ["HIV", "HPV", "flu", "none"], "answer": 1}
            {"question": "Pick it", "subject": "virology", "choices": "['it\\\\'s', \\"don't\\", 'a\\\\nb', '\\\\u200bz']", "answer": "C", "extra": 7}
            {"question": "Anatomy?", "subject": "anatomy", "choices": ["a", "b", "c", "d"], "answer": 3}
            """;
    private static final String WINO = """
            {"qID": "q1-1", "sentence": "Ian ate because _ was hungry.", "option1": "Ian", "option2": "Dennis", "answer": "1"}
            {"qID": "q1-2", "sentence": "Ian ate because _ was full.", "option1": "Ian", "option2": "Dennis", "answer": "2.0"}
            {"qID": "q2-1", "sentence": "The _ broke.", "option1": "cup", "option2": "plate", "answer": 2}
            {"qID": "t-1", "sentence": "Unlabelled _.", "option1": "x", "option2": "y", "answer": ""}
            """;

    @TempDir
    Path dir;

    @Test
    void pythonListLiteralsParseLikePython() {
        assertEquals(List.of("it's", "don't", "a\nb", "\u200bz"),
                PythonList.parse("['it\\'s', \"don't\", 'a\\nb', '\\u200bz']"));
        assertEquals(List.of("x", "ab", "1"), PythonList.parse(" [ u'x' , 'a' 'b', 1, ] "));
        assertEquals(List.of("C:\\dir"), PythonList.parse("[r'C:\\dir']"));
        assertEquals(List.of(), PythonList.parse("[]"));
        for (String bad : List.of("['a'", "['a' 'b", "'a'", "['a'] x", "['\\x4']", "[,]")) {
            assertThrows(IllegalArgumentException.class, () -> PythonList.parse(bad), bad);
        }
    }

    @Test
    void pythonReprMatchesPython() {
        assertEquals("['a', \"it's\", 'say \"hi\"', 'both \\' \"', 'a\\nb', '\\u200bz']",
                PythonList.repr(List.of("a", "it's", "say \"hi\"", "both ' \"", "a\nb", "\u200bz")));
        List<String> odd = List.of("ሀ", "\\", "tab\t", "é");
        assertEquals(odd, PythonList.parse(PythonList.repr(odd)));
    }

    @Test
    void mmluHfImportsListsStringListsIndexesAndLetters() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "mmlu_test.jsonl", MMLU);
            assertEquals("mmlu-hf", Formats.detect(f).id());
            ImportReport r = Formats.importer("mmlu-hf").importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            assertEquals(3, r.items().added());
            Item first = p.items().byExternalId("virology_test#1").orElseThrow();
            assertEquals("B", first.answer());
            assertEquals("HPV", first.field("B"));
            Item second = p.items().byExternalId("virology_test#2").orElseThrow();
            assertEquals("C", second.answer());
            assertEquals("it's", second.field("A"));
            assertEquals("\u200bz", second.field("D"));
            assertEquals("anatomy_test", p.items().byExternalId("anatomy_test#1").orElseThrow().collection());
        }
    }

    @Test
    void mmluHfExportGivesBackTheSameRecords() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "mmlu_test.jsonl", MMLU);
            Formats.importer("mmlu-hf").importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            Path out = dir.resolve("out.jsonl");
            Formats.exporter("mmlu-hf").export(p, new ExportOptions(out, null, null), Progress.NONE);
            assertEquals(sorted(records(f)), sorted(records(out)));
        }
    }

    @Test
    void winograndeJsonlKeepsAnswerSpellingsAndUnlabelledItems() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "dev.jsonl", WINO);
            assertEquals("winogrande-jsonl", Formats.detect(f).id());
            Formats.importer("winogrande-jsonl").importFile(p, f, ImportOptions.defaults(), Progress.NONE);
            assertEquals("2", p.items().byExternalId("q1-2").orElseThrow().answer());
            assertEquals("2", p.items().byExternalId("q2-1").orElseThrow().answer());
            assertEquals(null, p.items().byExternalId("t-1").orElseThrow().answer());
            Path out = dir.resolve("out.jsonl");
            Formats.exporter("winogrande-jsonl").export(p, new ExportOptions(out, null, null), Progress.NONE);
            assertEquals(records(f), records(out));
        }
    }

    @Test
    void badJsonLinesNameTheirLineAndKeepNothing() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path f = TestProjects.write(dir, "dev.jsonl", WINO.replace("\"answer\": 2}", "\"answer\": 3}")
                    + "{\"qID\": \"x\", \"sentence\": [1]}\nnot json\n");
            BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("winogrande-jsonl")
                    .importFile(p, f, ImportOptions.defaults(), Progress.NONE));
            assertEquals(3, e.line());
            assertEquals(0, p.itemCount());
            ImportReport r = Formats.importer("winogrande-jsonl").importFile(p, f, TestProjects.skipping(),
                    Progress.NONE);
            assertEquals(3, r.items().added());
            assertEquals(List.of(3L, 5L, 6L), r.skipped().stream().map(BadRow::line).toList());
            assertTrue(r.skipped().get(1).reason().contains("must be text"));
        }
    }

    private static List<JsonNode> records(Path f) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(f)) {
            if (!line.isBlank()) {
                out.add(Json.MAPPER.readTree(line));
            }
        }
        return out;
    }

    private static List<String> sorted(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::toString).sorted().toList();
    }
}
