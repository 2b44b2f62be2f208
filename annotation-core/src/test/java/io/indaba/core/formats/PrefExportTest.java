package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.Progress;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefExportTest {

    static final List<String> HEAD = List.of("item_id", "judgement_uid", "prompt_lang", "response_lang",
            "annotator_id", "annotator_proficiency", "guideline_version");
    static final List<String> TAIL = List.of("aids_used", "time_on_task_ms", "item_agreement");
    static final List<String> PAIR_CANDIDATES = List.of("chosen_model", "chosen_backend", "chosen_params",
            "chosen_seed", "chosen_origin", "rejected_model", "rejected_backend", "rejected_params", "rejected_seed",
            "rejected_origin", "chosen_score", "chosen_ratings", "rejected_score", "rejected_ratings",
            "chosen_position");

    @TempDir
    Path dir;
    PrefFixture f;

    @BeforeEach
    void build() {
        f = new PrefFixture(dir);
    }

    @AfterEach
    void close() {
        f.project.close();
    }

    private record Out(ExportReport report, List<JsonNode> rows) {
    }

    private Out export(String format, String lang, Map<String, String> flags) throws IOException {
        Path out = dir.resolve("out").resolve(format + ".jsonl");
        ExportReport r = Formats.exporter(format).export(f.project, new ExportOptions(out, lang, flags), Progress.NONE);
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            rows.add(Json.MAPPER.readTree(line));
        }
        assertEquals(r.records(), rows.size());
        return new Out(r, rows);
    }

    private static List<String> keys(JsonNode row) {
        List<String> out = new ArrayList<>();
        row.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> concat(List<String> first, List<String>... more) {
        List<String> out = new ArrayList<>(first);
        for (List<String> m : more) {
            out.addAll(m);
        }
        return out;
    }

    @Test
    void dpoRowsHaveExactlyPromptChosenRejectedAndProvenance() throws IOException {
        Out out = export("dpo", null, Map.of());
        List<String> expected = concat(List.of("prompt", "chosen", "rejected"), HEAD, PAIR_CANDIDATES, TAIL);
        for (JsonNode row : out.rows()) {
            assertEquals(expected, keys(row));
        }
        assertEquals(3, out.rows().size(), "3 on q1; the 2 decisive pairs of q2's ranking have a system prompt");
        assertTrue(out.report().notes().contains("dropped 2 " + PairExporter.MULTI_TURN), out.report().notes().toString());
        assertTrue(out.report().notes().contains("dropped 2 " + PairExporter.TIES), out.report().notes().toString());
        assertTrue(out.report().notes().contains("dropped 1 " + PairExporter.BOTH_BAD), out.report().notes().toString());

        JsonNode first = out.rows().get(0);
        assertEquals("What is rain?", first.get("prompt").asText());
        assertEquals("Mvua ni maji.", first.get("chosen").asText());
        assertEquals("Sijui.", first.get("rejected").asText());
        assertEquals("en", first.get("prompt_lang").asText());
        assertEquals("sw", first.get("response_lang").asText());
        assertEquals("ann1", first.get("annotator_id").asText());
        assertEquals("native", first.get("annotator_proficiency").asText());
        assertEquals(3, first.get("guideline_version").asInt());
        assertEquals("m1", first.get("chosen_model").asText());
        assertEquals(0.7, first.get("chosen_params").get("temperature").asDouble());
        assertEquals(7, first.get("chosen_seed").asLong());
        assertTrue(first.get("rejected_seed").isNull());
        assertEquals("right", first.get("chosen_position").asText(), "c1 was shown on the right");
        assertEquals("back-translation", first.get("aids_used").get(0).asText());
        assertEquals(1000, first.get("time_on_task_ms").asLong());
        assertEquals(2.0 / 3, first.get("item_agreement").asDouble(), 1e-9);

        JsonNode third = out.rows().get(2);
        assertEquals("Sijui.", third.get("chosen").asText(), "ann3 preferred B");
        assertTrue(third.get("annotator_proficiency").isNull(), "ann3 does not list Swahili");
        JsonNode ranked = export("dpo-conversational", null, Map.of()).rows().get(3);
        assertEquals("Òjò jẹ́ omi tó ń rọ̀ láti ojú ọ̀run.", ranked.get("chosen").get(0).get("content").asText());
        assertEquals("Dáhùn ní ṣókí.", ranked.get("prompt").get(0).get("content").asText());
        assertEquals(1.0, ranked.get("item_agreement").asDouble());
    }

    @Test
    void conversationalDpoSplitsThePromptFromTheAssistantTurn() throws IOException {
        Out out = export("dpo-conversational", "yo", Map.of());
        assertEquals(2, out.rows().size());
        JsonNode row = out.rows().get(0);
        assertEquals(concat(List.of("prompt", "chosen", "rejected"), HEAD, PAIR_CANDIDATES, TAIL), keys(row));
        assertEquals("system", row.get("prompt").get(0).get("role").asText());
        assertEquals("user", row.get("prompt").get(1).get("role").asText());
        assertEquals(2, row.get("prompt").size());
        assertEquals(1, row.get("chosen").size());
        assertEquals("assistant", row.get("chosen").get(0).get("role").asText());
        assertEquals("Òjò jẹ́ omi tó ń rọ̀ láti ojú ọ̀run.", row.get("chosen").get(0).get("content").asText());
        assertEquals(List.of("role", "content"), keys(row.get("rejected").get(0)));

        JsonNode plain = export("dpo-conversational", "sw", Map.of()).rows().get(0);
        assertEquals(Json.MAPPER.readTree("[{\"role\":\"user\",\"content\":\"What is rain?\"}]"), plain.get("prompt"),
                "a plain prompt becomes one user turn");
        assertEquals(List.of("role", "content"), keys(plain.get("prompt").get(0)),
                "the same key order in every run, as in the assistant turns");
    }

    @Test
    void implicitPromptPutsTheWholeConversationInChosenAndRejected() throws IOException {
        JsonNode row = export("dpo-conversational", "yo", Map.of("implicit-prompt", "true")).rows().get(0);
        assertEquals(concat(List.of("chosen", "rejected"), HEAD, PAIR_CANDIDATES, TAIL), keys(row));
        assertEquals(3, row.get("chosen").size());
        assertEquals("system", row.get("chosen").get(0).get("role").asText());
        assertEquals("assistant", row.get("rejected").get(2).get("role").asText());
        assertEquals(row.get("chosen").get(1), row.get("rejected").get(1));
        assertThrows(IllegalArgumentException.class, () -> export("dpo-conversational", null,
                Map.of("implicit-prompt", "yes please")));
    }

    @Test
    void ktoRowsLabelChosenTrueAndRejectedFalse() throws IOException {
        Out out = export("kto", null, Map.of());
        List<String> expected = concat(List.of("prompt", "completion", "label"), HEAD,
                List.of("model", "backend", "params", "seed", "origin", "score", "ratings", "position"),
                TAIL);
        for (JsonNode row : out.rows()) {
            assertEquals(expected, keys(row));
        }
        assertEquals(6, out.rows().size(), "q2's prompt is a conversation: left out of plain-text KTO");
        assertTrue(out.report().notes().contains("dropped 4 " + PairExporter.MULTI_TURN), out.report().notes().toString());
        assertTrue(out.rows().get(0).get("label").asBoolean());
        assertEquals("Mvua ni maji.", out.rows().get(0).get("completion").asText());
        assertFalse(out.rows().get(1).get("label").asBoolean());
        assertEquals("left", out.rows().get(1).get("position").asText());
        assertTrue(out.report().notes().contains("dropped 1 " + PairExporter.BOTH_BAD));

        Out withBad = export("kto-conversational", null, Map.of("kto-both-bad", "true"));
        assertEquals(12, withBad.rows().size());
        assertEquals(2, withBad.rows().stream().filter(r -> r.get("judgement_uid").asText().equals("j5")
                && !r.get("label").asBoolean()).count());
    }

    @Test
    void rewardRowsCarryTheMarginFromStrength() throws IOException {
        Out out = export("reward", null, Map.of());
        assertEquals(concat(List.of("prompt", "chosen", "rejected", "margin", "margin_source"), HEAD, PAIR_CANDIDATES,
                TAIL),
                keys(out.rows().get(0)));
        // ann3's win and the ranking's wins recorded no strength: the weakest win, 1, never 0 (a tie)
        assertEquals(List.of(2.0, 1.0, 1.0), out.rows().stream().map(r -> r.get("margin").asDouble()).toList());
        Out conversational = export("reward-conversational", null, Map.of());
        assertEquals(List.of(2.0, 1.0, 1.0, 1.0, 1.0),
                conversational.rows().stream().map(r -> r.get("margin").asDouble()).toList());
        assertEquals("system", conversational.rows().get(3).get("prompt").get(0).get("role").asText());
    }

    @Test
    void rankingsKeepTiesAsGroups() throws IOException {
        Out out = export("rankings", null, Map.of());
        assertEquals(6, out.rows().size(), "one row per judgement, ties included");
        JsonNode ranking = out.rows().get(5);
        assertEquals("system", ranking.get("prompt_messages").get(0).get("role").asText());
        assertTrue(out.rows().get(0).get("prompt_messages").isNull());
        assertEquals(concat(List.of("prompt", "prompt_messages", "responses", "ranking", "none_acceptable"), HEAD,
                List.of("models", "backends", "params", "seeds", "origins", "displayed_order"), TAIL), keys(ranking));
        assertEquals(Json.MAPPER.readTree("[[2],[0,1]]"), ranking.get("ranking"));
        assertEquals(Json.MAPPER.readTree("[1,2,0]"), ranking.get("displayed_order"));
        assertEquals(Json.MAPPER.readTree("[\"m1\",\"m2\",\"m3\"]"), ranking.get("models"));
        JsonNode bothBad = out.rows().get(4);
        assertEquals(Json.MAPPER.readTree("[[0,1]]"), bothBad.get("ranking"));
        assertTrue(bothBad.get("none_acceptable").asBoolean());
    }

    @Test
    void battlesUseArenaColumnsAndWinnerNames() throws IOException {
        Out out = export("battles", null, Map.of());
        assertEquals(List.of("model_a", "model_b", "winner", "judge", "language", "tstamp", "conversation_a",
                "conversation_b", "item_id", "judgement_uid", "prompt_lang", "annotator_proficiency", "guideline_version", "model_a_position", "aids_used",
                "time_on_task_ms", "item_agreement"), keys(out.rows().get(0)));
        assertEquals(List.of("model_a", "model_a", "model_b", "tie", "tie (bothbad)", "model_b", "model_b", "tie"),
                out.rows().stream().map(r -> r.get("winner").asText()).toList());
        assertEquals(1735689601.0, out.rows().get(0).get("tstamp").asDouble());
        assertEquals("ann1", out.rows().get(0).get("judge").asText());
        assertEquals("sw", out.rows().get(0).get("language").asText());
        assertEquals("right", out.rows().get(0).get("model_a_position").asText());
    }

    @Test
    void majorityPolicyWritesOneRowPerAgreedPairWithListsOfItsJudgements() throws IOException {
        Out out = export("dpo", null, Map.of("policy", "majority"));
        assertEquals(1, out.rows().size(), "q2's two agreed pairs have a system prompt");
        assertEquals(3, export("dpo-conversational", null, Map.of("policy", "majority")).rows().size());
        JsonNode q1 = out.rows().get(0);
        assertEquals(concat(List.of("prompt", "chosen", "rejected"), HEAD, PAIR_CANDIDATES, TAIL), keys(q1));
        assertEquals(Json.MAPPER.readTree("[\"ann1\",\"ann2\"]"), q1.get("annotator_id"));
        assertEquals(Json.MAPPER.readTree("[\"native\",\"working\"]"), q1.get("annotator_proficiency"));
        assertEquals(Json.MAPPER.readTree("[\"right\",\"left\"]"), q1.get("chosen_position"));
        assertEquals(2.0 / 3, q1.get("item_agreement").asDouble(), 1e-9);
        assertTrue(out.report().notes().contains("dropped 1 " + PairExporter.TIES), out.report().notes().toString());
        assertEquals(1.5, export("reward", null, Map.of("policy", "majority")).rows().get(0).get("margin").asDouble());
        assertThrows(IllegalArgumentException.class, () -> export("dpo", null, Map.of("policy", "vote")));
    }

    @Test
    void aPairWithoutAMajorityIsDroppedAndCounted() throws IOException {
        f.project.judgements().submit(io.indaba.core.prefer.Judgement.pairwise("extra",
                f.project.items().byExternalId("q1").orElseThrow().id(), "ann3", "sw", f.c1, f.c2, "B", 1));
        Out out = export("battles", "sw", Map.of("policy", "majority"));
        assertEquals(0, out.rows().size(), "2 for A, 2 for B");
        assertTrue(out.report().notes().contains("dropped 1 " + PairExporter.NO_MAJORITY), out.report().notes().toString());
    }

    @Test
    void languageFilterKeepsOnlyThatLanguagesJudgements() throws IOException {
        Out sw = export("dpo", "sw", Map.of());
        assertEquals(3, sw.rows().size());
        assertTrue(sw.rows().stream().allMatch(r -> r.get("response_lang").asText().equals("sw")));
        assertThrows(IllegalArgumentException.class, () -> export("dpo", "sw_KE", Map.of()));
    }

    @Test
    void everyFormatsCardListsExactlyTheColumnsItWrites() throws IOException {
        for (String format : List.of("dpo", "dpo-conversational", "kto", "reward", "rankings", "battles")) {
            Out out = export(format, null, Map.of());
            PreferenceExporter e = (PreferenceExporter) Formats.exporter(format);
            assertEquals(e.columns(new ExportOptions(null, null, Map.of())).stream().map(Column::name).toList(),
                    keys(out.rows().get(0)), format);
            // the first export's card is README.md; the others keep theirs beside their data
            Path beside = dir.resolve("out/" + format + ".card.md");
            String card = Files.readString(Files.exists(beside) ? beside : dir.resolve("out/README.md"));
            for (Column c : e.columns(new ExportOptions(null, null, Map.of()))) {
                assertTrue(card.contains("| `" + c.name() + "` |"), format + " card lacks " + c.name());
            }
        }
    }

    @Test
    void theDatasetCardHasHubFrontMatter() throws IOException {
        Out out = export("dpo", null, Map.of("license", "cc-by-4.0"));
        Path card = dir.resolve("out/README.md");
        assertEquals(List.of(dir.resolve("out/dpo.jsonl"), card.toAbsolutePath()), out.report().files());
        String text = Files.readString(card);
        String front = text.substring(4, text.indexOf("\n---\n"));
        assertTrue(text.startsWith("---\n"));
        assertTrue(front.contains("language:\n- en\n- sw\n- yo\n"), front);
        assertTrue(front.contains("license: \"cc-by-4.0\""), front);
        assertTrue(front.contains("size_categories:\n- n<1K"), front);
        assertTrue(front.contains("task_categories:\n- text-generation"), front);
        assertTrue(front.contains("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: \"dpo.jsonl\""), front);
        assertTrue(text.contains("dropped 2 ties"), text);
        assertTrue(Files.readString(export("reward", null, Map.of()).report().files().get(1)).contains("license: \"other\""));
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".partial")).toList(),
                    "atomic writes leave no temporary files");
        }
        Path noCard = dir.resolve("bare/dpo.jsonl");
        ExportReport r = Formats.exporter("dpo").export(f.project, new ExportOptions(noCard, null, Map.of("card", "false")),
                Progress.NONE);
        assertEquals(List.of(noCard), r.files());
        assertFalse(Files.exists(dir.resolve("bare/README.md")));
    }

    @Test
    void sizeCategoriesFollowTheHubsBuckets() {
        Map<Long, String> cases = new LinkedHashMap<>();
        cases.put(0L, "n<1K");
        cases.put(999L, "n<1K");
        cases.put(1_000L, "1K<n<10K");
        cases.put(200_000L, "100K<n<1M");
        cases.put(1_000_000L, "1M<n<10M");
        cases.forEach((n, want) -> assertEquals(want, DatasetCard.sizeCategory(n), "n=" + n));
    }
}
