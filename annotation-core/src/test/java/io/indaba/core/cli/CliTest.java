package io.indaba.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.store.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in process: exit codes, one-line errors, valid JSON. */
class CliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path project() {
        Path p = dir.resolve("t.indaba");
        assertEquals(0, run("new", p.toString(), "--name", "T", "--source-lang", "en", "--target-lang", "am").code());
        return p;
    }

    @Test
    void newInfoCheckBackupWorkAndInfoJsonIsValid() throws Exception {
        Path p = project();
        CliRun info = run("info", p.toString(), "--json");
        assertEquals(0, info.code(), info.err());
        JsonNode json = Json.MAPPER.readTree(info.out());
        assertEquals(io.indaba.core.store.Migrations.LATEST, json.get("schemaVersion").asInt());
        assertEquals("Amharic", json.get("languages").get("am").get("displayName").asText());
        assertEquals(0, run("check", p.toString()).code());
        CliRun backup = run("backup", p.toString(), "--json");
        assertEquals(0, backup.code(), backup.err());
        assertTrue(Files.exists(Path.of(Json.MAPPER.readTree(backup.out()).get("backup").asText())));
    }

    @Test
    void newRefusesAnExistingFileAndABadLanguageTagWithOneLine() {
        Path p = project();
        CliRun again = run("new", p.toString(), "--name", "T", "--source-lang", "en");
        assertEquals(Main.FAILED, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
        CliRun bad = run("new", dir.resolve("x.indaba").toString(), "--name", "X", "--source-lang", "en_US");
        assertEquals(Main.USAGE, bad.code(), "a malformed command line exits 2, as the README says");
        assertTrue(bad.err().strip().lines().findFirst().orElseThrow().contains("en_US"), bad.err());
        assertTrue(bad.err().contains("en_US"));
        assertFalse(Files.exists(dir.resolve("x.indaba")), "no file is left behind by a refused command");
    }

    @Test
    void importIsAllOrNothingAndNamesFileAndLine() throws Exception {
        Path p = project();
        Path bad = dir.resolve("items.jsonl");
        Files.writeString(bad, "{\"id\":\"a\",\"question\":\"Q?\",\"A\":\"x\",\"answer\":\"A\"}\n{\"id\": nope\n");
        CliRun r = run("import", p.toString(), bad.toString());
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().contains("items.jsonl:2:"), r.err());
        assertEquals(0, Json.MAPPER.readTree(run("info", p.toString(), "--json").out()).get("items").asInt(),
                "the good first row was not kept");
        CliRun skip = run("import", p.toString(), "--skip-bad-rows", bad.toString());
        assertEquals(0, skip.code(), skip.err());
        assertTrue(skip.err().contains("items.jsonl:2:"));
        assertEquals(1, Json.MAPPER.readTree(run("info", p.toString(), "--json").out()).get("items").asInt());
    }

    @Test
    void importThenExportJsonlRoundTripsTheItems() throws Exception {
        Path p = project();
        Path in = dir.resolve("in.jsonl");
        List<String> lines = List.of(
                "{\"id\":\"w1\",\"kind\":\"winogrande\",\"collection\":\"in\",\"sentence\":\"Ada gave Bo the book because _ was done.\",\"option1\":\"Ada\",\"option2\":\"Bo\",\"answer\":\"1\"}",
                "{\"id\":\"m1\",\"kind\":\"mcq\",\"collection\":\"in\",\"question\":\"ሰላም?\",\"A\":\"ኣ\",\"B\":\"ቡ\",\"answer\":\"B\"}");
        Files.write(in, lines, StandardCharsets.UTF_8);
        assertEquals(0, run("import", p.toString(), "--format", "jsonl", in.toString()).code());
        Path out = dir.resolve("out.jsonl");
        CliRun export = run("export", p.toString(), "--format", "jsonl", "--out", out.toString(), "--json");
        assertEquals(0, export.code(), export.err());
        assertEquals(2, Json.MAPPER.readTree(export.out()).get("records").asInt());
        List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(Json.MAPPER.readTree(lines.get(0)), Json.MAPPER.readTree(written.get(0)), "file order is kept");
        assertEquals(Json.MAPPER.readTree(lines.get(1)), Json.MAPPER.readTree(written.get(1)));
        CliRun again = run("import", p.toString(), "--json", out.toString());
        assertEquals(2, Json.MAPPER.readTree(again.out()).get(0).get("items").get("unchanged").asInt(),
                "re-importing the export changes nothing");
    }

    @Test
    void mappingRenamesColumns() throws Exception {
        Path p = project();
        Path in = dir.resolve("mapped.jsonl");
        Files.writeString(in, "{\"uid\":\"x1\",\"text\":\"Hello\",\"label\":\"B\",\"junk\":\"drop me\"}\n");
        CliRun r = run("import", p.toString(), "--format", "jsonl", "--map", "id=uid", "--map", "question=text",
                "--map", "answer=label", in.toString());
        assertEquals(0, r.code(), r.err());
        Path out = dir.resolve("o.jsonl");
        run("export", p.toString(), "--format", "jsonl", "--out", out.toString());
        JsonNode row = Json.MAPPER.readTree(Files.readAllLines(out).get(0));
        assertEquals("x1", row.get("id").asText());
        assertEquals("Hello", row.get("question").asText());
        assertEquals("B", row.get("answer").asText());
        assertFalse(row.has("junk"));
    }

    @Test
    void checkRefusesAForeignFileAndMovesOnlyADamagedProjectAsideWhenAsked() throws Exception {
        Path fake = dir.resolve("fake.indaba");
        Files.writeString(fake, "not a database");
        CliRun r = run("check", fake.toString());
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().contains("not an Indaba project"), r.err());
        assertTrue(Files.exists(fake), "never moved without consent");
        CliRun notMoved = run("check", fake.toString(), "--move-aside");
        assertEquals(Main.FAILED, notMoved.code());
        assertTrue(Files.exists(fake), "a text file is not damaged: nothing to set aside");
        assertTrue(notMoved.err().contains("not moved"), notMoved.err());

        Path hurt = project();
        try (var channel = java.nio.channels.FileChannel.open(hurt, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.allocate(3_000), 100); // the schema page, after the file header
        }
        assertTrue(Files.exists(hurt), "never moved without consent");
        CliRun moved = run("check", hurt.toString(), "--move-aside", "--json");
        assertEquals(Main.FAILED, moved.code());
        assertFalse(Files.exists(hurt));
        assertTrue(Files.exists(Path.of(Json.MAPPER.readTree(moved.out()).get("movedTo").asText())));
    }

    @Test
    void usageErrorsExitTwoWithOneReason() {
        CliRun r = run("info");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("indaba: Missing required parameter"), r.err());
        assertEquals(Main.USAGE, run("frobnicate").code());
    }

    @Test
    void exportFailureLeavesNoPartialFile() throws Exception {
        Path p = project();
        Path out = dir.resolve("sub").resolve("o.jsonl");
        CliRun r = run("export", p.toString(), "--format", "no-such-format", "--out", out.toString());
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().contains("unknown export format"));
        assertFalse(Files.exists(out));
    }
}
