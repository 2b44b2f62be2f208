package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.prefer.Candidate;
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

class PrefImportTest {

    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void open() {
        project = Project.create(dir.resolve("p.indaba"), new ProjectSettings("t", "en", List.of("sw", "yo")), "lead");
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

    private static ImportOptions judged() {
        return new ImportOptions(null, false, Map.of("judgement", "true"), "id", "lead");
    }

    private Item item(String externalId) {
        return project.items().byExternalId(externalId).orElseThrow();
    }

    private List<Judgement> judgements() {
        List<Judgement> out = new ArrayList<>();
        project.judgements().forEach(null, out::add);
        return out;
    }

    @Test
    void preferenceJsonlKeepsPromptConversationLanguagesAndCandidateMetadata() throws IOException {
        Path f = file("prefs.jsonl",
                "{\"id\":\"q1\",\"prompt\":\"Habari?\",\"lang\":\"sw\",\"source\":\"forum\",\"candidates\":["
                        + "{\"text\":\"Nzuri\",\"lang\":\"sw\",\"model\":\"m1\",\"temperature_note\":\"warm\","
                        + "\"params\":{\"temperature\":0.7},\"seed\":42},"
                        + "{\"text\":\"Fine\",\"lang\":\"en\",\"model\":\"m2\",\"scores\":[1,2]}]}",
                "{\"id\":\"q2\",\"prompt\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                        + "{\"role\":\"user\",\"content\":\"Ẹ ku àárọ̀\"}],\"lang\":\"yo\",\"responses\":[\"A\",\"B\"]}");
        ImportReport r = Formats.importer("preference-jsonl").importFile(project, f, ImportOptions.defaults(), Progress.NONE);
        assertEquals(2, r.items().added());
        assertEquals(4, r.candidates());
        Item q1 = item("q1");
        assertEquals("Habari?", q1.field("prompt"));
        assertEquals("sw", q1.meta().get("lang"));
        assertEquals("forum", q1.meta().get("source"));
        List<Candidate> ks = project.candidates().forItem(q1.id());
        assertEquals("m1", ks.get(0).model());
        assertEquals(42L, ks.get(0).seed());
        assertEquals(0.7, ((Number) ks.get(0).params().get("temperature")).doubleValue());
        assertEquals("warm", ks.get(0).meta().get("temperature_note"));
        assertEquals("en", ks.get(1).langRequested());
        assertEquals(List.of(1, 2), ks.get(1).meta().get("scores"));
        Item q2 = item("q2");
        assertEquals("Ẹ ku àárọ̀", q2.field("prompt"), "a conversation's plain prompt is its last user turn");
        assertTrue(q2.meta().get("messages").contains("Be brief."));
        assertEquals("yo", project.candidates().forItem(q2.id()).get(0).langRequested());
    }

    @Test
    void aBadLanguageTagFailsTheWholeFileNamingTheLine() throws IOException {
        Path f = file("bad.jsonl",
                "{\"id\":\"q1\",\"prompt\":\"x\",\"lang\":\"sw\",\"candidates\":[\"a\"]}",
                "{\"id\":\"q2\",\"prompt\":\"y\",\"lang\":\"sw_KE\",\"candidates\":[\"b\"]}");
        BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("preference-jsonl")
                .importFile(project, f, ImportOptions.defaults(), Progress.NONE));
        assertEquals(f, e.file());
        assertEquals(2, e.line());
        assertTrue(e.reason().contains("sw_KE"), e.reason());
        assertEquals(0, project.itemCount(), "all or nothing: line 1 was not kept either");

        ImportReport skipped = Formats.importer("preference-jsonl").importFile(project, f,
                new ImportOptions(null, true, Map.of(), "id", "lead"), Progress.NONE);
        assertEquals(1, skipped.items().added());
        assertEquals(1, skipped.skipped().size());
        assertEquals(2, skipped.skipped().get(0).line());
    }

    @Test
    void trlStandardRowsBecomeAPromptTwoCandidatesAndOnRequestAJudgement() throws IOException {
        Path f = file("trl.jsonl",
                "{\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"5\",\"chosen_model\":\"big\","
                        + "\"rejected_model\":\"small\",\"score_chosen\":9.5,\"lang\":\"en\",\"response_lang\":\"sw\"}");
        ImportReport plain = Formats.importer("trl-preference").importFile(project, f, ImportOptions.defaults(), Progress.NONE);
        assertEquals(0, plain.judgements());
        assertTrue(plain.notes().get(0).contains("judgement=true"), plain.notes().toString());
        ImportReport again = Formats.importer("trl-preference").importFile(project, f, judged(), Progress.NONE);
        assertEquals(0, again.candidates(), "the same responses are not added twice");
        assertEquals(1, again.judgements());
        List<Judgement> js = judgements();
        Judgement j = js.get(0);
        List<Candidate> ks = project.candidates().forItem(j.itemId());
        Candidate chosen = ks.stream().filter(k -> k.text().equals("4")).findFirst().orElseThrow();
        assertEquals("big", chosen.model());
        assertEquals("sw", chosen.langRequested());
        assertEquals(9.5, chosen.meta().get("score"));
        assertEquals("imported", j.annotatorId());
        assertEquals("sw", j.lang());
        assertEquals(chosen.id() == j.candidateA() ? "A" : "B", j.winner());
        Formats.importer("trl-preference").importFile(project, f, judged(), Progress.NONE);
        assertEquals(1, judgements().size(), "importing again adds no second judgement");
    }

    @Test
    void trlConversationalExplicitAndImplicitPromptsGiveTheSameItem() throws IOException {
        String user = "{\"role\":\"user\",\"content\":\"Hi\"}";
        Path explicit = file("explicit.jsonl", "{\"prompt\":[" + user + "],\"chosen\":[{\"role\":\"assistant\","
                + "\"content\":\"Hello!\"}],\"rejected\":[{\"role\":\"assistant\",\"content\":\"Go away\"}]}");
        Path implicit = file("implicit.jsonl", "{\"chosen\":[" + user + ",{\"role\":\"assistant\",\"content\":"
                + "\"Hello!\"}],\"rejected\":[" + user + ",{\"role\":\"assistant\",\"content\":\"Go away\"}]}");
        Formats.importer("trl-preference").importFile(project, explicit, judged(), Progress.NONE);
        ImportReport r = Formats.importer("trl-preference").importFile(project, implicit, judged(), Progress.NONE);
        assertEquals(0, r.items().added(), "same conversation, same derived id");
        assertEquals(1, project.itemCount());
        Item item = project.items().page(io.indaba.core.item.ItemQuery.ALL, 0, 1).get(0);
        assertEquals("Hi", item.field("prompt"));
        assertEquals("[{\"role\":\"user\",\"content\":\"Hi\"}]", item.meta().get("messages"));
        assertEquals(List.of("Hello!", "Go away"), project.candidates().forItem(item.id()).stream().map(Candidate::text).toList());
    }

    @Test
    void ultraFeedbackKeepsRatingsAndRanksByOverallScore() throws IOException {
        Path f = file("uf.jsonl", "{\"source\":\"evol\",\"instruction\":\"Explain rain\",\"models\":[\"a\",\"b\",\"c\"],"
                + "\"completions\":[{\"model\":\"a\",\"response\":\"r1\",\"overall_score\":6.5,\"annotations\":"
                + "{\"helpfulness\":{\"Rating\":\"4\"}},\"critique\":\"ok\"},{\"model\":\"b\",\"response\":\"r2\","
                + "\"overall_score\":8},{\"model\":\"c\",\"response\":\"r3\",\"overall_score\":6.5}]}");
        ImportReport r = Formats.importer("ultrafeedback").importFile(project, f, judged(), Progress.NONE);
        assertEquals(3, r.candidates());
        Judgement j = judgements().get(0);
        List<Candidate> ks = project.candidates().forItem(j.itemId());
        assertEquals(Map.of("helpfulness", Map.of("Rating", "4")), ks.get(0).meta().get("annotations"));
        assertEquals("ok", ks.get(0).meta().get("critique"));
        assertEquals("ranking", j.kind());
        assertEquals(List.of(List.of(ks.get(1).id()), List.of(ks.get(0).id(), ks.get(2).id())), j.ranking());
        assertEquals("evol", project.items().byId(j.itemId()).orElseThrow().meta().get("source"));
    }

    @Test
    void okapiArrayFilesTakeTheirLanguageFromTheFileName() throws IOException {
        Path f = file("vi.json", "[", "  {\"instruction\":\"Dịch\",\"input\":\"cat\",\"prefered_output\":\"mèo\","
                + "\"rejected_output\":\"chó\"},", "  {\"instruction\":\"Xếp hạng\",\"responses\":[{\"response\":\"x\","
                + "\"rank\":2,\"model\":\"m\"},{\"response\":\"y\",\"rank\":1},{\"response\":\"z\",\"rank\":2}]}", "]");
        ImportReport r = Formats.importer("okapi-ranked").importFile(project, f, judged(), Progress.NONE);
        assertEquals(2, r.items().added());
        assertEquals(2, r.judgements());
        List<Judgement> js = judgements();
        Item first = project.items().byId(js.get(0).itemId()).orElseThrow();
        assertEquals("Dịch\n\ncat", first.field("prompt"));
        assertEquals("vi", first.meta().get("lang"));
        assertEquals("vi", js.get(0).lang());
        Judgement ranked = js.get(1);
        List<Candidate> ks = project.candidates().forItem(ranked.itemId());
        assertEquals(2L, ((Number) ks.get(0).meta().get("rank")).longValue());
        assertEquals(List.of(List.of(ks.get(1).id()), List.of(ks.get(0).id(), ks.get(2).id())), ranked.ranking());
    }

    @Test
    void aBrokenJsonArrayNamesTheLineAndKeepsNothing() throws IOException {
        Path f = file("sw.json", "[", "{\"instruction\":\"a\",\"prefered_output\":\"b\",\"rejected_output\":\"c\"},",
                "{\"instruction\": oops}", "]");
        BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("okapi-ranked")
                .importFile(project, f, new ImportOptions(null, true, Map.of(), "id", "x"), Progress.NONE));
        assertEquals(3, e.line());
        assertEquals(0, project.itemCount(), "a broken array cannot be skipped past");
    }

    @Test
    void detectionPicksEachFormatFromItsFirstRecord() throws IOException {
        assertEquals("preference-jsonl", Formats.detect(file("a.jsonl",
                "{\"prompt\":\"p\",\"candidates\":[\"x\"]}")).id());
        assertEquals("trl-preference", Formats.detect(file("b.jsonl",
                "{\"prompt\":\"p\",\"chosen\":\"x\",\"rejected\":\"y\"}")).id());
        assertEquals("ultrafeedback", Formats.detect(file("c.jsonl",
                "{\"instruction\":\"p\",\"completions\":[]}")).id());
        assertEquals("okapi-ranked", Formats.detect(file("d.json",
                "[{\"instruction\":\"p\",\"prefered_output\":\"x\",\"rejected_output\":\"y\"}]")).id());
        assertEquals("jsonl", Formats.detect(file("e.jsonl", "{\"question\":\"q\"}")).id());
    }

    @Test
    void chosenEqualToRejectedIsABadRow() throws IOException {
        Path f = file("same.jsonl", "{\"prompt\":\"p\",\"chosen\":\"x\",\"rejected\":\"x\"}");
        BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("trl-preference")
                .importFile(project, f, judged(), Progress.NONE));
        assertEquals(1, e.line());
        assertFalse(e.reason().isBlank());
    }

    @Test
    void bytesThatAreNotUtf8AreABadRowOnTheirExactLine() throws IOException {
        Path f = dir.resolve("latin1.jsonl");
        byte[] good = "{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"prompt\":\"caf\u00e9\",\"chosen\":\"a\",\"rejected\":\"b\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, java.nio.ByteBuffer.allocate(good.length + bad.length).put(good).put(bad).array());
        BadInputException e = assertThrows(BadInputException.class, () -> Formats.importer("trl-preference")
                .importFile(project, f, ImportOptions.defaults(), Progress.NONE));
        assertEquals(2, e.line());
        assertEquals("not valid UTF-8", e.reason());
        assertEquals(0, project.itemCount());
        ImportReport r = Formats.importer("trl-preference").importFile(project, f,
                new ImportOptions(null, true, Map.of(), "id", "x"), Progress.NONE);
        assertEquals(1, r.items().added());
        assertEquals(2, r.skipped().get(0).line());

        Path array = dir.resolve("array.json");
        Files.write(array, ("[\n" + new String(good, StandardCharsets.UTF_8).strip() + ",\n").getBytes(StandardCharsets.UTF_8));
        Files.write(array, bad, java.nio.file.StandardOpenOption.APPEND);
        BadInputException inArray = assertThrows(BadInputException.class, () -> Formats.importer("trl-preference")
                .importFile(project, array, ImportOptions.defaults(), Progress.NONE));
        assertEquals(3, inArray.line(), inArray.getMessage());
    }
}
