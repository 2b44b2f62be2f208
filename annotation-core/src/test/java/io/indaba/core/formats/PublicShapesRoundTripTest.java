package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.store.Json;
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

/**
 * Preference data as people have it (fixtures written here, modelled on the public shapes): each shape is detected,
 * imports, and comes out of dpo, dpo-conversational, kto, reward and battles with the source's preferred response
 * as chosen.
 */
class PublicShapesRoundTripTest {

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

    private ImportReport importJudged(Path f, String expectedFormat) {
        Importer importer = Formats.detect(f);
        assertEquals(expectedFormat, importer.id());
        return importer.importFile(project, f, new ImportOptions(null, false, Map.of("judgement", "true"), "id",
                "lead"), Progress.NONE);
    }

    private List<JsonNode> export(String format) throws IOException {
        Path out = dir.resolve("out-" + format).resolve(format + ".jsonl");
        Formats.exporter(format).export(project, new ExportOptions(out, null, Map.of()), Progress.NONE);
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(Json.MAPPER.readTree(line));
            }
        }
        return rows;
    }

    /** The preferred answer comes out as chosen in every pair format, as label true in kto, as the winner in battles. */
    private void preferenceSurvives(String prompt, String preferred, String other) throws IOException {
        List<JsonNode> dpo = export("dpo");
        assertEquals(1, dpo.size(), dpo.toString());
        assertEquals(prompt, dpo.get(0).get("prompt").asText());
        assertEquals(preferred, dpo.get(0).get("chosen").asText());
        assertEquals(other, dpo.get(0).get("rejected").asText());
        JsonNode conv = export("dpo-conversational").get(0);
        assertEquals(prompt, conv.get("prompt").get(conv.get("prompt").size() - 1).get("content").asText());
        assertEquals(preferred, conv.get("chosen").get(0).get("content").asText());
        assertEquals(other, conv.get("rejected").get(0).get("content").asText());
        List<JsonNode> kto = export("kto");
        assertEquals(2, kto.size());
        for (JsonNode k : kto) {
            assertEquals(k.get("completion").asText().equals(preferred), k.get("label").asBoolean(), k.toString());
        }
        JsonNode reward = export("reward").get(0);
        assertEquals(preferred, reward.get("chosen").asText());
        List<JsonNode> battles = export("battles");
        if (battles.isEmpty()) {
            return; // responses without a model make no battle (the export counts them)
        }
        JsonNode battle = battles.get(0);
        String side = battle.get("winner").asText().equals("model_a") ? "conversation_a" : "conversation_b";
        JsonNode conversation = battle.get(side);
        assertEquals(preferred, conversation.get(conversation.size() - 1).get("content").asText());
    }

    @Test
    void hhRlhfTranscriptsSplitIntoTurnsWithTheSharedPrefixAsPrompt() throws IOException {
        Path f = file("hh.jsonl", "{\"chosen\":\"\\n\\nHuman: Why is the sky blue?\\n\\nAssistant: Rayleigh "
                + "scattering.\",\"rejected\":\"\\n\\nHuman: Why is the sky blue?\\n\\nAssistant: It reflects the sea.\"}");
        ImportReport r = importJudged(f, "trl-preference");
        assertEquals(1, r.judgements());
        preferenceSurvives("Why is the sky blue?", "Rayleigh scattering.", "It reflects the sea.");
    }

    @Test
    void hhRlhfKeepsTwoTurnsOfOneRoleAsTwoTurns() {
        List<JsonRow.Message> turns = HhTranscript.parse("\n\nHuman: Hi\n\nAssistant: Hello.\n\nAssistant: "
                + "Anything else?\n\nHuman: No\n\nAssistant: Bye");
        assertEquals(List.of("user", "assistant", "assistant", "user", "assistant"),
                turns.stream().map(JsonRow.Message::role).toList());
        assertEquals("Anything else?", turns.get(2).content());
    }

    @Test
    void twoAssistantTurnsInAnAnswerStayTwoTurnsInConversationalExports() throws IOException {
        Path f = file("hh2.jsonl", "{\"chosen\":\"\\n\\nHuman: Hi\\n\\nAssistant: Hello.\\n\\nAssistant: How can I help?\","
                + "\"rejected\":\"\\n\\nHuman: Hi\\n\\nAssistant: Go away.\"}");
        importJudged(f, "trl-preference");
        JsonNode chosen = export("dpo-conversational").get(0).get("chosen");
        assertEquals(2, chosen.size(), chosen.toString());
        assertEquals("Hello.", chosen.get(0).get("content").asText());
        assertEquals("How can I help?", chosen.get(1).get("content").asText());
        assertEquals("Hello.\n\nHow can I help?", export("dpo").get(0).get("chosen").asText());
    }

    @Test
    void shareGptPairsTakeTheConversationAsPromptAndMessageObjectsAsAnswers() throws IOException {
        Path f = file("sharegpt.json", "[{\"conversations\":[{\"from\":\"human\",\"value\":\"Name a prime.\"}],"
                + "\"chosen\":{\"from\":\"gpt\",\"value\":\"7\"},\"rejected\":{\"from\":\"gpt\",\"value\":\"8\"},"
                + "\"system\":\"Be terse.\"}]");
        ImportReport r = importJudged(f, "trl-preference");
        assertEquals(1, r.judgements());
        List<JsonNode> conv = export("dpo-conversational");
        assertEquals("system", conv.get(0).get("prompt").get(0).get("role").asText());
        assertEquals("7", conv.get(0).get("chosen").get(0).get("content").asText());
        assertEquals(0, export("battles").size(), "imported without models, the pair is no battle");
    }

    @Test
    void llamaFactoryAlpacaPairsJoinInstructionAndInput() throws IOException {
        Path f = file("alpaca.json", "[{\"instruction\":\"Translate to Swahili\",\"input\":\"Good morning\","
                + "\"chosen\":\"Habari za asubuhi\",\"rejected\":\"Usiku mwema\"}]");
        importJudged(f, "trl-preference");
        preferenceSurvives("Translate to Swahili\n\nGood morning", "Habari za asubuhi", "Usiku mwema");
    }

    @Test
    void contentPartsAreReadAsText() throws IOException {
        Path f = file("parts.jsonl", "{\"chosen_messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"Capital of Kenya?\"}]},{\"role\":\"assistant\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"Nairobi\"}]}],\"rejected_messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"Capital of Kenya?\"}]},{\"role\":\"assistant\",\"content\":\"Mombasa\"}],"
                + "\"chosen_model\":\"m1\",\"rejected_model\":\"m2\",\"score_chosen\":9,\"score_rejected\":2,"
                + "\"lang\":\"sw\"}");
        importJudged(f, "trl-preference");
        preferenceSurvives("Capital of Kenya?", "Nairobi", "Mombasa");
        JsonNode reward = export("reward").get(0);
        assertEquals(7.0, reward.get("margin").asDouble(), "the scores' difference, with no human strength");
        assertEquals(9.0, reward.get("chosen_score").asDouble());
        assertEquals("sw", reward.get("prompt_lang").asText());
        assertEquals("sw", reward.get("response_lang").asText());
        for (JsonNode k : export("kto")) {
            assertEquals(k.get("label").asBoolean() ? 9.0 : 2.0, k.get("score").asDouble());
        }
        JsonNode battle = export("battles").get(0);
        assertEquals("sw", battle.get("language").asText());
        assertEquals("m1", battle.get(battle.get("winner").asText()).asText(), "the winner is the chosen model");
    }

    @Test
    void aNonTextPartIsABadRowNamingThePart() throws IOException {
        Path f = file("image.jsonl", "{\"chosen\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\","
                + "\"image_url\":{\"url\":\"x\"}}]},{\"role\":\"assistant\",\"content\":\"a\"}],\"rejected\":[{\"role\":"
                + "\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"b\"}]}");
        BadInputException e = assertThrows(BadInputException.class, () -> importJudged(f, "trl-preference"));
        assertTrue(e.getMessage().contains("image_url") && e.getMessage().contains("image.jsonl"), e.getMessage());
    }

    @Test
    void arenaBattlesRoundTripThroughTheBattlesExport() throws IOException {
        Path f = file("arena.jsonl", "{\"question_id\":\"b1\",\"model_a\":\"alpha\",\"model_b\":\"beta\","
                + "\"winner\":\"model_b\",\"judge\":\"arena_user_7\",\"language\":\"Swahili\",\"tstamp\":1700000000.5,"
                + "\"conversation_a\":[{\"role\":\"user\",\"content\":\"Habari?\"},{\"role\":\"assistant\","
                + "\"content\":\"Mbaya.\"}],\"conversation_b\":[{\"role\":\"user\",\"content\":\"Habari?\"},"
                + "{\"role\":\"assistant\",\"content\":\"Nzuri sana.\"}],\"turn\":1,\"anony\":true}",
                "{\"question_id\":\"b2\",\"model_a\":\"alpha\",\"model_b\":\"beta\",\"winner\":\"tie (bothbad)\","
                        + "\"judge\":\"arena_user_8\",\"language\":\"sw\",\"tstamp\":1700000100,"
                        + "\"conversation_a\":[{\"role\":\"user\",\"content\":\"2+2?\"},{\"role\":\"assistant\","
                        + "\"content\":\"5\"}],\"conversation_b\":[{\"role\":\"user\",\"content\":\"2+2?\"},"
                        + "{\"role\":\"assistant\",\"content\":\"22\"}]}");
        ImportReport r = importJudged(f, "arena-battles");
        assertEquals(2, r.judgements(), r.notes().toString());
        List<JsonNode> battles = export("battles");
        assertEquals(2, battles.size());
        JsonNode b1 = battles.get(0).get("item_id").asText().equals("b1") ? battles.get(0) : battles.get(1);
        JsonNode b2 = b1 == battles.get(0) ? battles.get(1) : battles.get(0);
        assertEquals("alpha", b1.get("model_a").asText());
        assertEquals("model_b", b1.get("winner").asText());
        assertEquals("arena_user_7", b1.get("judge").asText());
        assertEquals("sw", b1.get("language").asText());
        assertEquals(1700000000.5, b1.get("tstamp").asDouble(), 1e-6);
        assertEquals("tie (bothbad)", b2.get("winner").asText());

        // and the export reads back into a new project with the same battles
        Path again = dir.resolve("out-battles").resolve("battles.jsonl");
        try (Project copy = Project.create(dir.resolve("copy.indaba"), new ProjectSettings("c", "en", List.of("sw")),
                "lead")) {
            Importer importer = Formats.detect(again);
            assertEquals("arena-battles", importer.id());
            ImportReport back = importer.importFile(copy, again, ImportOptions.defaults(), Progress.NONE);
            assertEquals(2, back.judgements(), back.notes().toString());
            Path out = dir.resolve("copy-out").resolve("battles.jsonl");
            Formats.exporter("battles").export(copy, new ExportOptions(out, null, Map.of()), Progress.NONE);
            assertEquals(Files.readAllLines(again), Files.readAllLines(out));
        }
        preferenceSurvivesInDpo("Habari?", "Nzuri sana.", "Mbaya.");
    }

    private void preferenceSurvivesInDpo(String prompt, String preferred, String other) throws IOException {
        JsonNode dpo = export("dpo").get(0);
        assertEquals(prompt, dpo.get("prompt").asText());
        assertEquals(preferred, dpo.get("chosen").asText());
        assertEquals(other, dpo.get("rejected").asText());
        assertEquals("sw", dpo.get("response_lang").asText());
    }

    @Test
    void mappedColumnsAreReadAsTheirFieldsAndAnUnusedMappingFails() throws IOException {
        Path f = file("renamed.jsonl", "{\"question\":\"2+2?\",\"good\":\"4\",\"bad\":\"5\"}");
        Importer trl = Formats.importer("trl-preference");
        ImportReport r = trl.importFile(project, f, new ImportOptions(null, false, Map.of("prompt", "question",
                "chosen", "good", "rejected", "bad", "judgement", "true"), "id", "lead"), Progress.NONE);
        assertEquals(1, r.judgements());
        preferenceSurvivesPlain("2+2?", "4");
        BadInputException e = assertThrows(BadInputException.class, () -> trl.importFile(project, f,
                new ImportOptions(null, false, Map.of("prompt", "questoin", "chosen", "good", "rejected", "bad"), "id",
                        "lead"), Progress.NONE));
        assertTrue(e.getMessage().contains("questoin"), e.getMessage());
    }

    private void preferenceSurvivesPlain(String prompt, String preferred) throws IOException {
        JsonNode dpo = export("dpo").get(0);
        assertEquals(prompt, dpo.get("prompt").asText());
        assertEquals(preferred, dpo.get("chosen").asText());
    }

    @Test
    void unpairedKtoRowsAreRatedCandidatesThatKtoWritesBack() throws IOException {
        Path f = file("kto.jsonl",
                "{\"prompt\":\"Say hi.\",\"completion\":\"Hi!\",\"label\":true}",
                "{\"prompt\":\"Say hi.\",\"completion\":\"Go away.\",\"label\":false}",
                "{\"messages\":[{\"role\":\"system\",\"content\":\"Be kind.\"},{\"role\":\"user\","
                        + "\"content\":\"Thanks!\"},{\"role\":\"assistant\",\"content\":\"You are welcome.\"}],"
                        + "\"label\":true}");
        Importer importer = Formats.detect(f);
        assertEquals("kto", importer.id());
        ImportReport r = importer.importFile(project, f, ImportOptions.defaults(), Progress.NONE);
        assertEquals(3, r.candidates());
        assertEquals(3, r.judgements(), r.notes().toString());
        List<JsonNode> kto = export("kto");
        assertEquals(2, kto.size(), "the conversation prompt is left to kto-conversational");
        for (JsonNode k : kto) {
            assertEquals(k.get("completion").asText().equals("Hi!"), k.get("label").asBoolean(), k.toString());
        }
        List<JsonNode> conv = export("kto-conversational");
        assertEquals(3, conv.size());
        assertEquals(0, export("dpo").size(), "unpaired ratings have no pair form");

        // kto's own output reads back as the same rows
        Path written = dir.resolve("out-kto").resolve("kto.jsonl");
        try (Project copy = Project.create(dir.resolve("copy.indaba"), new ProjectSettings("c", "en", List.of("sw")),
                "lead")) {
            Formats.detect(written).importFile(copy, written, ImportOptions.defaults(), Progress.NONE);
            Path out = dir.resolve("copy-out").resolve("kto.jsonl");
            Formats.exporter("kto").export(copy, new ExportOptions(out, null, Map.of()), Progress.NONE);
            assertEquals(labels(written), labels(out));
        }
    }

    private static List<String> labels(Path kto) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(kto, StandardCharsets.UTF_8)) {
            JsonNode n = Json.MAPPER.readTree(line);
            out.add(n.get("prompt").asText() + " | " + n.get("completion").asText() + " | " + n.get("label"));
        }
        out.sort(null);
        return out;
    }
}
