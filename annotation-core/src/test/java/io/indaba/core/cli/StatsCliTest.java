package io.indaba.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.prefer.JudgedProject;
import io.indaba.core.prefer.PreferenceVotes;
import io.indaba.core.project.Project;
import io.indaba.core.stats.PreferenceStatistics;
import io.indaba.core.stats.StatsOptions;
import io.indaba.core.stats.StatsReport;
import io.indaba.core.store.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indaba stats} on a project built here whose numbers were worked out by hand (see
 * {@link JudgedProject#twoLanguages}).
 */
class StatsCliTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private Path file;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void project() {
        file = dir.resolve("judged.indaba");
        JudgedProject.twoLanguages(file).close();
    }

    private JsonNode json(String... extra) throws Exception {
        String[] args = new String[extra.length + 3];
        args[0] = "stats";
        args[1] = file.toString();
        args[2] = "--json";
        System.arraycopy(extra, 0, args, 3, extra.length);
        CliRun r = run(args);
        assertEquals(0, r.code(), r.err());
        return Json.MAPPER.readTree(r.out());
    }

    private static JsonNode annotator(JsonNode language, String id) {
        for (JsonNode a : language.get("annotators")) {
            if (a.get("annotatorId").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no annotator " + id);
    }

    @Test
    void agreementMatchesTheHandComputation() throws Exception {
        JsonNode json = json();
        assertEquals(25, json.get("votes").asInt(), "10 in am (the adjudication is not a vote), 15 in yo");
        JsonNode am = json.get("languages").get(0);
        assertEquals("am", am.get("lang").asText());
        assertEquals(10, am.get("votes").asInt());
        JsonNode agreement = am.get("agreement");
        // units p1..p4 rated (A,A) (A,A) (A,B) (tie,tie): o_AB = o_BA = 1, n = 8, n_A = 5, n_B = 1, n_tie = 2
        assertEquals(1 - 7.0 * 2 / (64 - 25 - 1 - 4), agreement.get("alphaNominal").asDouble(), EPS);
        // signed strengths (2,1) (2,1) (2,-1) (0,0): D_o = 22/8, D_e = 142/56
        assertEquals(1 - (22.0 / 8) / (142.0 / 56), agreement.get("alphaInterval").asDouble(), EPS);
        assertEquals(9.0 / 17, agreement.get("fleissKappa").asDouble(), EPS);
        assertEquals(5.0 / 9, agreement.get("cohenKappa").asDouble(), EPS);
        assertEquals(0.75, agreement.get("rawAgreement").asDouble(), EPS);
        assertEquals(2.0 / 3, agreement.get("rawAgreementWithoutTies").asDouble(), EPS);

        JsonNode yo = json.get("languages").get(1).get("agreement");
        assertEquals(1 - 14.0 * 6 / (225 - 121 - 16), yo.get("alphaNominal").asDouble(), EPS);
        assertEquals(-2.0 / 88, yo.get("fleissKappa").asDouble(), EPS);
        assertTrue(yo.get("cohenKappa").isNull(), "three annotators: Cohen's kappa is undefined");
        assertEquals(0.6, yo.get("rawAgreement").asDouble(), EPS);
        assertEquals(1, json.get("setAside").get("adjudications").get("am").asInt());
    }

    @Test
    void reliabilityAndRatingsMatchTheHandComputation() throws Exception {
        JsonNode json = json("--bootstrap", "200");
        JsonNode am = json.get("languages").get(0);
        JsonNode a1 = annotator(am, "a1");
        assertEquals(6, a1.get("votes").asInt());
        assertEquals(1, a1.get("swappedRepeatConsistency").get("hits").asInt(), "p1 kept, p2 flipped");
        assertEquals(2, a1.get("swappedRepeatConsistency").get("trials").asInt());
        assertEquals(4, a1.get("leftPicks").get("hits").asInt());
        assertEquals(5, a1.get("leftPicks").get("trials").asInt());
        assertEquals(12.0 / 32, a1.get("leftPicks").get("pValue").asDouble(), EPS);
        assertEquals(4, a1.get("longerPicks").get("hits").asInt());
        assertEquals(0.75, a1.get("majorityAgreement").get("rate").asDouble(), EPS);
        assertEquals(1, annotator(am, "a2").get("leftPicks").get("hits").asInt());

        JsonNode board = am.get("ratings");
        assertTrue(board.get("connected").asBoolean());
        JsonNode m1 = board.get("components").get(0).get("ratings").get(0);
        assertEquals("m1", m1.get("model").asText());
        assertEquals(6, m1.get("wins").asInt());
        assertEquals(2, m1.get("losses").asInt());
        assertEquals(2, m1.get("ties").asInt());
        assertTrue(m1.get("elo").asDouble() > 1000);
        assertTrue(m1.get("eloLow").asDouble() <= m1.get("elo").asDouble());

        JsonNode yo = json.get("languages").get(1);
        assertFalse(yo.get("ratings").get("connected").asBoolean(), "m4 and m5 never met m1..m3");
        assertEquals(2, yo.get("ratings").get("components").size());
        JsonNode a3 = annotator(yo, "a3");
        assertEquals(1, a3.get("intransitiveTriples").get("hits").asInt());
        assertEquals(1, a3.get("intransitiveTriples").get("trials").asInt());
        assertEquals(2, a3.get("majorityAgreement").get("hits").asInt());
        assertEquals(5, a3.get("majorityAgreement").get("trials").asInt());
        assertEquals(0, annotator(yo, "a1").get("intransitiveTriples").get("hits").asInt());
    }

    @Test
    void humanOutputShowsTheFiguresTheLeaderboardAndTheFlags() {
        CliRun r = run("stats", file.toString(), "--bootstrap", "100");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("am  Amharic — 10 votes on 4 pairs, 4 judged by two or more; 1 adjudication not counted"),
                out);
        assertTrue(out.contains("Krippendorff alpha nominal 0.588"), out);
        assertTrue(out.contains("Fleiss kappa 0.529, Cohen kappa 0.556"), out);
        assertTrue(out.contains("raw agreement 75.0% with ties, 66.7% without ties"), out);
        assertTrue(out.matches("(?s).*\\n    1   m1 +\\d{4} +\\d+ – \\d+ +6-2-2\\n.*"), out);
        assertTrue(out.contains("the comparison graph is disconnected: 2 groups"), out);
        assertTrue(out.contains("Cohen kappa —"), "undefined measures are shown as a dash");
        assertTrue(out.matches("(?s).*\\n  ! a3 .*many cyclic triples.*"), out);
        assertTrue(out.contains("4/5 80% p=0.375"), out);
    }

    @Test
    void oneLanguageAndTheSameSeedGiveTheSameReport() throws Exception {
        JsonNode yo = json("--lang", "yo", "--seed", "7", "--bootstrap", "50");
        assertEquals(1, yo.get("languages").size());
        assertEquals("yo", yo.get("languages").get(0).get("lang").asText());
        assertEquals(yo, json("--lang", "yo", "--seed", "7", "--bootstrap", "50"));
        JsonNode none = json("--bootstrap", "0");
        assertTrue(none.get("languages").get(0).get("ratings").get("components").get(0).get("ratings").get(0)
                .get("eloLow").isNull());
    }

    @Test
    void theJsonReadsBackAsTheReportOfTheStoredVotes() throws Exception {
        CliRun r = run("stats", file.toString(), "--json", "--bootstrap", "30", "--seed", "3");
        StatsReport read = Json.MAPPER.readerFor(StatsReport.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(r.out());
        try (Project p = Project.open(file)) {
            StatsReport direct = new PreferenceStatistics(new StatsOptions(30, 3, 0.1))
                    .compute(new PreferenceVotes(p.judgements(), p.candidates()).read(null).votes());
            assertEquals(direct, read);
        }
    }

    @Test
    void badInputExitsOneWithOneLine() {
        CliRun missing = run("stats", file.toString(), "--lang", "fr");
        assertEquals(Main.FAILED, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("no pairwise judgements in fr (judged: am, yo)"), missing.err());
        CliRun badTag = run("stats", file.toString(), "--lang", "en_US");
        assertEquals(Main.USAGE, badTag.code(), "a malformed tag is a malformed command line");
        assertTrue(badTag.err().contains("en_US"), badTag.err());
        CliRun negative = run("stats", file.toString(), "--bootstrap", "-1");
        assertEquals(Main.FAILED, negative.code());
        assertTrue(negative.err().contains("--bootstrap"), negative.err());
        assertEquals(Main.FAILED, run("stats", dir.resolve("nope.indaba").toString()).code());
        assertEquals(Main.USAGE, run("stats", file.toString(), "--seed", "x").code());
    }

    @Test
    void anEmptyProjectSaysSo() {
        Path empty = dir.resolve("empty.indaba");
        assertEquals(0, run("new", empty.toString(), "--name", "E", "--source-lang", "en").code());
        CliRun r = run("stats", empty.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no pairwise judgements yet"), r.out());
    }
}
