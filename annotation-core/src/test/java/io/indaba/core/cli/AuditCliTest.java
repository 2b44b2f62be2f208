package io.indaba.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.store.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audits come in as audit-jsonl, are measured by stats --audit, go out as audit-csv and choose subset exports. */
class AuditCliTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static String row(String item, String reviewer, String field, String value) {
        return "{\"item\":\"" + item + "\",\"lang\":\"sw\",\"reviewer\":\"" + reviewer + "\",\"guideline_version\":1,"
                + "\"field\":\"" + field + "\",\"value\":\"" + value + "\",\"created_at\":\"2026-01-0" + item.charAt(1)
                + "T10:00:00Z\"}";
    }

    private Path auditedProject() throws Exception {
        Path p = dir.resolve("a.indaba");
        assertEquals(0, run("new", p.toString(), "--name", "A", "--source-lang", "en", "--target-lang", "sw").code());
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            items.add("{\"id\":\"q" + i + "\",\"kind\":\"mcq\",\"collection\":\"virology_test\",\"question\":\"Q" + i
                    + "?\",\"A\":\"a\",\"B\":\"b\",\"answer\":\"A\"}");
        }
        Files.write(dir.resolve("items.jsonl"), items, StandardCharsets.UTF_8);
        assertEquals(0, run("import", p.toString(), "--format", "jsonl", dir.resolve("items.jsonl").toString()).code());
        List<String> audits = new ArrayList<>();
        String[][] appropriateness = {{"typical", "typical"}, {"typical", "maybe"}, {"typical", "typical"}};
        String[][] knowledge = {{"none", "none"}, {"cultural", "cultural"}, {"none", "regional"}};
        for (int i = 0; i < 3; i++) {
            for (int r = 0; r < 2; r++) {
                String item = "q" + (i + 1);
                String reviewer = "rev" + (r + 1);
                audits.add(row(item, reviewer, "translation_quality", "good"));
                audits.add(row(item, reviewer, "appropriateness", appropriateness[i][r]));
                audits.add(row(item, reviewer, "knowledge", knowledge[i][r]));
            }
        }
        Files.write(dir.resolve("audits.jsonl"), audits, StandardCharsets.UTF_8);
        Result in = run("import", p.toString(), dir.resolve("audits.jsonl").toString());
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("6 audits added"), in.out());
        return p;
    }

    @Test
    void statsAuditReportsAgreementPerFieldAsJsonAndText() throws Exception {
        Path p = auditedProject();
        Result json = run("stats", p.toString(), "--audit", "--lang", "sw", "--json", "--bootstrap", "200");
        assertEquals(0, json.code(), json.err());
        JsonNode sw = Json.MAPPER.readTree(json.out()).get("languages").get(0);
        assertEquals(3, sw.get("items").asInt());
        JsonNode appropriateness = sw.get("fields").get(1);
        assertEquals("appropriateness", appropriateness.get("field").asText());
        assertEquals("ordinal", appropriateness.get("metric").asText());
        assertEquals(2.0 / 3, appropriateness.get("observedAgreement").asDouble(), 1e-12);
        assertEquals("AC2", appropriateness.get("acName").asText());
        assertEquals(2, sw.get("labels").get("culturally-sensitive").asInt(), "q2, and q3 by its one regional vote");
        Result text = run("stats", p.toString(), "--audit");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("appropriateness"), text.out());
        Result none = run("stats", p.toString(), "--audit", "--lang", "fr");
        assertEquals(Main.FAILED, none.code());
        assertTrue(none.err().contains("audited: sw"), none.err());
    }

    @Test
    void auditCsvRoundTripsAndAReimportReportsConflictsWithoutOverwriting() throws Exception {
        Path p = auditedProject();
        Path csv = dir.resolve("audits.csv");
        Result out = run("export", p.toString(), "--format", "audit-csv", "--out", csv.toString());
        assertEquals(0, out.code(), out.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("item,lang,reviewer,guideline_version,field,value,note,created_at", lines.get(0));
        assertEquals(19, lines.size(), "header and 18 values");
        Result again = run("import", p.toString(), csv.toString());
        assertTrue(again.out().contains("0 audits added, 6 already in the project"), again.out());
        List<String> changed = new ArrayList<>(lines);
        changed.replaceAll(l -> l.startsWith("q1,sw,rev1,1,appropriateness") ? l.replace("typical", "strange") : l);
        Files.write(csv, changed, StandardCharsets.UTF_8);
        Result conflict = run("import", p.toString(), csv.toString());
        assertTrue(conflict.out().contains("1 conflicts"), conflict.out());
        assertTrue(conflict.out().contains("q1 sw rev1"), conflict.out());
        JsonNode sw = Json.MAPPER.readTree(run("stats", p.toString(), "--audit", "--json").out()).get("languages").get(0);
        assertEquals(2.0 / 3, sw.get("fields").get(1).get("observedAgreement").asDouble(), 1e-12, "nothing overwritten");
    }

    @Test
    void subsetExportsKeepOnlyTheLabelledItemsAndNameTheRuleVersion() throws Exception {
        Path p = auditedProject();
        Path cs = dir.resolve("cs.jsonl");
        Result r = run("export", p.toString(), "--format", "jsonl", "--lang", "sw", "--subset", "culturally-sensitive",
                "--out", cs.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("subset culturally-sensitive of sw: 2 items by audit rule set version 0"), r.out());
        assertEquals(List.of("q2", "q3"), ids(cs));
        Path ca = dir.resolve("ca.jsonl");
        assertEquals(0, run("export", p.toString(), "--format", "jsonl", "--lang", "sw", "--subset",
                "culturally-agnostic", "--out", ca.toString()).code());
        assertEquals(List.of("q1"), ids(ca));
        Path ok = dir.resolve("ok.jsonl");
        assertEquals(0, run("export", p.toString(), "--format", "jsonl", "--lang", "sw", "--subset", "appropriate",
                "--out", ok.toString()).code());
        assertEquals(List.of("q1", "q3"), ids(ok), "q2: one reviewer said maybe");
        Result unknown = run("export", p.toString(), "--format", "jsonl", "--lang", "sw", "--subset", "spicy",
                "--out", dir.resolve("x.jsonl").toString());
        assertEquals(Main.FAILED, unknown.code());
        assertTrue(unknown.err().contains("culturally-sensitive"), unknown.err());
        Result notABenchmark = run("export", p.toString(), "--format", "dpo", "--lang", "sw", "--subset",
                "appropriate", "--out", dir.resolve("d.jsonl").toString());
        assertEquals(Main.FAILED, notABenchmark.code());
        assertTrue(notABenchmark.err().contains("--subset applies to the benchmark formats"), notABenchmark.err());
    }

    @Test
    void disagreementsAreDecidedAndRulesAreReplacedFromTheCommandLine() throws Exception {
        Path p = auditedProject();
        Result open = run("audit", "disagreements", p.toString(), "--lang", "sw");
        assertEquals(0, open.code(), open.err());
        assertTrue(open.out().contains("2 disagreements in sw"), open.out());
        assertTrue(open.out().contains("q2  appropriateness: {rev1=[typical], rev2=[maybe]}"), open.out());
        Result decide = run("audit", "decide", p.toString(), "--lang", "sw", "--item", "q2", "--field",
                "appropriateness", "--value", "typical", "--reason", "common usage", "--as", "lead");
        assertEquals(0, decide.code(), decide.err());
        Result labels = run("audit", "labels", p.toString(), "--lang", "sw");
        assertTrue(labels.out().contains("q2") && labels.out().lines().anyMatch(l -> l.startsWith("q2")
                && l.contains("appropriate")), labels.out());
        Files.writeString(dir.resolve("rules.json"), "[{\"label\":\"culturally-sensitive\",\"when\":[{\"field\":"
                + "\"knowledge\",\"test\":\"at-least\",\"values\":[\"cultural\",\"regional\"],\"k\":2}]}]");
        Result rules = run("audit", "rules", p.toString(), "--set", dir.resolve("rules.json").toString());
        assertEquals(0, rules.code(), rules.err());
        assertTrue(rules.out().contains("rule set version 1"), rules.out());
        Path cs = dir.resolve("cs2.jsonl");
        Result r = run("export", p.toString(), "--format", "jsonl", "--lang", "sw", "--subset", "culturally-sensitive",
                "--out", cs.toString());
        assertTrue(r.out().contains("1 items by audit rule set version 1"), r.out());
        assertEquals(List.of("q2"), ids(cs), "both reviewers must now agree");
        Result taxonomy = run("audit", "taxonomy", p.toString());
        assertEquals(1, Json.MAPPER.readTree(taxonomy.out()).get("version").asInt());
    }

    @Test
    void theHtmlReportReadsOfflineWithoutScript() throws Exception {
        Path p = auditedProject();
        Path html = dir.resolve("report.html");
        Result r = run("report", p.toString(), "--audit", "--out", html.toString(), "--bootstrap", "100");
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<svg"));
        // fields and values in the guideline's words, as reviewers saw them, not the ids audits store
        assertTrue(page.contains("<td>Appropriateness</td>") && page.contains(">Typical</text>"), page);
        assertTrue(!page.contains("<td>appropriateness</td>") && !page.contains(">typical</text>"), page);
        assertTrue(!page.contains("<script") && !page.contains("http"), "nothing to fetch, nothing to run");
        assertTrue(page.contains("virology_test"), "labels per subject");
        assertEquals(Main.FAILED, run("report", p.toString(), "--audit", "--out", html.toString()).code(),
                "an existing file needs --force");
        assertEquals(Main.FAILED, run("report", p.toString(), "--audit", "--out", p.toString(), "--force").code(),
                "never over a project");
    }

    private static List<String> ids(Path jsonl) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            out.add(Json.MAPPER.readTree(line).get("id").asText());
        }
        return out;
    }
}
