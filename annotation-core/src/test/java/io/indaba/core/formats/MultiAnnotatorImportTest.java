package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judgements keep who made them: preference-jsonl names annotators, other importers read a mapped column. */
class MultiAnnotatorImportTest {

    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void open() {
        project = Project.create(dir.resolve("p.indaba"), new ProjectSettings("t", "en", List.of("sw")), "lead");
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Path file(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private ImportReport load(String format, Path f, Map<String, String> map) {
        return Formats.importer(format).importFile(project, f, new ImportOptions(null, false, map, "id", "lead"),
                Progress.NONE);
    }

    private List<Judgement> judgements() {
        List<Judgement> out = new ArrayList<>();
        project.judgements().forEach(null, out::add);
        return out;
    }

    @Test
    void twoAnnotatorsAgreeingStayTwoJudgementsWithTheirStrengthAndTiming() throws IOException {
        Path f = file("p.jsonl", "{\"id\":\"q\",\"prompt\":\"2+2?\",\"candidates\":[\"4\",\"5\",\"22\"],\"judgements\":["
                + "{\"annotator\":\"amina\",\"pair\":[1,0],\"verdict\":\"b\",\"strength\":3,\"time_ms\":900,"
                + "\"shown\":[1,0],\"rationale\":\"correct\",\"created_at\":\"2025-05-01T10:00:00Z\"},"
                + "{\"annotator\":\"bola\",\"pair\":[0,1],\"verdict\":\"a\"},"
                + "{\"annotator\":\"bola\",\"ranking\":[[0],[1,2]]},"
                + "{\"annotator\":\"chidi\",\"pair\":[1,2],\"verdict\":\"both-bad\"}]}");
        ImportReport r = load("preference-jsonl", f, Map.of());
        assertEquals(4, r.judgements(), r.notes().toString());
        assertTrue(r.notes().contains("judgements by annotator: amina 1, bola 2, chidi 1"), r.notes().toString());
        List<Judgement> js = judgements();
        Judgement amina = js.get(0);
        assertEquals("amina", amina.annotatorId());
        assertEquals("A", amina.winner(), "candidate '4' (the smaller id) won");
        assertEquals(3, amina.strength());
        assertEquals(900L, amina.timeOnTaskMs());
        assertEquals("correct", amina.rationale());
        assertEquals("2025-05-01T10:00:00Z", amina.createdAt());
        assertEquals(amina.candidateB(), ((Number) amina.display().get("left")).longValue());
        assertEquals("bola", js.get(1).annotatorId());
        assertEquals("A", js.get(1).winner());
        assertEquals("ranking", js.get(2).kind());
        assertEquals("both-bad", js.get(3).winner());

        assertEquals(0, load("preference-jsonl", f, Map.of()).judgements(), "a re-import adds nothing");
        assertEquals(4, judgements().size());
    }

    @Test
    void trlRowsNameTheirAnnotatorThroughAMappedColumnAndKeepItOutOfTheItem() throws IOException {
        String row = "{\"id\":\"q\",\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"5\",\"rater\":\"%s\"}";
        Path f = file("trl.jsonl", row.formatted("amina"), row.formatted("bola"), row.formatted("amina"));
        ImportReport r = load("trl-preference", f, Map.of("judgement", "true", "annotator", "rater"));
        // without the annotator in the key the two annotators' equal decisions merged into one 'imported' judgement
        assertEquals(2, r.judgements(), r.notes().toString());
        assertEquals(List.of("amina", "bola"), judgements().stream().map(Judgement::annotatorId).toList());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("merged: 1 ")), r.notes().toString());
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("'imported'")), r.notes().toString());
        assertTrue(!project.items().byExternalId("q").orElseThrow().meta().containsKey("rater"));
    }

    @Test
    void ultraFeedbackAndOkapiReadTheAnnotatorColumnToo() throws IOException {
        Path uf = file("uf.jsonl", "{\"instruction\":\"Explain\",\"judge\":\"gpt-judge\",\"completions\":["
                + "{\"model\":\"a\",\"response\":\"r1\",\"overall_score\":7},{\"model\":\"b\",\"response\":\"r2\","
                + "\"overall_score\":5}]}");
        load("ultrafeedback", uf, Map.of("judgement", "true", "annotator", "judge"));
        Path okapi = file("vi.jsonl", "{\"instruction\":\"Xếp\",\"responses\":[\"x\",\"y\"],\"ranks\":[2,1],"
                + "\"who\":\"lan\"}");
        load("okapi-ranked", okapi, Map.of("judgement", "true", "annotator", "who"));
        assertEquals(List.of("gpt-judge", "lan"), judgements().stream().map(Judgement::annotatorId).toList());
    }

    @Test
    void aRowWithoutTheMappedAnnotatorFailsTheWholeFileNamingTheLine() throws IOException {
        Path f = file("trl.jsonl", "{\"prompt\":\"a\",\"chosen\":\"b\",\"rejected\":\"c\",\"rater\":\"x\"}",
                "{\"prompt\":\"d\",\"chosen\":\"e\",\"rejected\":\"f\"}");
        BadInputException e = assertThrows(BadInputException.class,
                () -> load("trl-preference", f, Map.of("judgement", "true", "annotator", "rater")));
        assertEquals(f, e.file());
        assertEquals(2, e.line());
        assertTrue(e.reason().contains("rater"), e.reason());
        assertEquals(0, project.itemCount());
    }

    @Test
    void aBadJudgementEntryFailsTheWholeFileNamingLineAndReason() throws IOException {
        String good = "{\"prompt\":\"a\",\"candidates\":[\"x\",\"y\"],\"judgements\":[{\"annotator\":\"n\","
                + "\"pair\":[0,1],\"verdict\":\"a\"}]}";
        for (String[] bad : new String[][] {
                {"\"pair\":[0,2],\"verdict\":\"a\"", "not an index"},
                {"\"pair\":[0,1],\"verdict\":\"left\"", "'verdict' must be"},
                {"\"pair\":[0,1],\"verdict\":\"tie\",\"strength\":2", "'strength'"},
                {"\"pair\":[0,1],\"verdict\":\"a\",\"strength\":4", "'strength' must be 1, 2 or 3"},
                {"\"ranking\":[[0],[0]]", "twice"},
                {"\"ranking\":[[0],[1]],\"pair\":[0,1],\"verdict\":\"a\"", "either"}}) {
            Path f = file("bad.jsonl", good, "{\"prompt\":\"b\",\"candidates\":[\"x\",\"y\"],\"judgements\":["
                    + "{\"annotator\":\"n\"," + bad[0] + "}]}");
            BadInputException e = assertThrows(BadInputException.class, () -> load("preference-jsonl", f, Map.of()));
            assertEquals(2, e.line(), bad[0]);
            assertTrue(e.reason().startsWith("judgement 1") && e.reason().contains(bad[1]), e.reason());
            assertEquals(0, project.itemCount());
        }
    }
}
