package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported scores and ratings come out as columns, and a reward margin from the scores when no strength exists. */
class ScoreExportTest {

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

    private void importJudged(String format, String line) throws IOException {
        Path f = dir.resolve(format + ".jsonl");
        Files.writeString(f, line + "\n", StandardCharsets.UTF_8);
        Formats.importer(format).importFile(project, f, new ImportOptions(null, false, Map.of("judgement", "true"),
                "id", "lead"), Progress.NONE);
    }

    private JsonNode firstRow(String format) throws IOException {
        Path out = dir.resolve("out-" + format).resolve("x.jsonl");
        Formats.exporter(format).export(project, new ExportOptions(out, null, Map.of()), Progress.NONE);
        return Json.MAPPER.readTree(Files.readAllLines(out, StandardCharsets.UTF_8).get(0));
    }

    @Test
    void trlScoresAreColumnsAndTheRewardMarginIsTheirDifference() throws IOException {
        importJudged("trl-preference", "{\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"5\",\"score_chosen\":8.0,"
                + "\"score_rejected\":5.5}");
        JsonNode reward = firstRow("reward");
        assertEquals(2.5, reward.get("margin").asDouble());
        assertEquals("score", reward.get("margin_source").asText());
        assertEquals(8.0, reward.get("chosen_score").asDouble());
        assertEquals(5.5, reward.get("rejected_score").asDouble());
        assertEquals(8.0, firstRow("dpo").get("chosen_score").asDouble());
        assertTrue(firstRow("kto").get("score").isNumber());
    }

    @Test
    void ultraFeedbackAspectRatingsAreColumns() throws IOException {
        importJudged("ultrafeedback", "{\"instruction\":\"Explain rain\",\"completions\":[{\"model\":\"a\","
                + "\"response\":\"Water falls.\",\"overall_score\":7,\"annotations\":{\"helpfulness\":{\"Rating\":\"4\","
                + "\"Rationale\":\"ok\"},\"honesty\":{\"Rating\":\"N/A\"}}},{\"model\":\"b\",\"response\":\"No idea.\","
                + "\"overall_score\":3,\"annotations\":{\"helpfulness\":{\"Rating\":\"1\"}}}]}");
        JsonNode reward = firstRow("reward");
        assertEquals("Water falls.", reward.get("chosen").asText());
        assertEquals(4.0, reward.get("margin").asDouble());
        assertEquals(Json.MAPPER.readTree("{\"helpfulness\":4,\"honesty\":\"N/A\"}"), reward.get("chosen_ratings"));
        assertEquals(Json.MAPPER.readTree("{\"helpfulness\":1}"), reward.get("rejected_ratings"));
    }

    @Test
    void aHumanStrengthWinsOverScores() throws IOException {
        importJudged("preference-jsonl", "{\"id\":\"q\",\"prompt\":\"Hi\",\"candidates\":[{\"text\":\"a\",\"score\":9},"
                + "{\"text\":\"b\",\"score\":1}],\"judgements\":[{\"annotator\":\"x\",\"pair\":[0,1],\"verdict\":\"a\","
                + "\"strength\":2}]}");
        JsonNode reward = firstRow("reward");
        assertEquals(2.0, reward.get("margin").asDouble());
        assertEquals("strength", reward.get("margin_source").asText());
    }

    @Test
    void scoresThatContradictTheDecisionLeaveTheDefaultMargin() throws IOException {
        importJudged("trl-preference", "{\"prompt\":\"Q\",\"chosen\":\"a\",\"rejected\":\"b\",\"score_chosen\":2,"
                + "\"score_rejected\":6}");
        JsonNode reward = firstRow("reward");
        assertEquals(1.0, reward.get("margin").asDouble());
        assertEquals("default", reward.get("margin_source").asText());
    }
}
