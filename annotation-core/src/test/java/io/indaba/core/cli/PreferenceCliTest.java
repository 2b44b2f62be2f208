package io.indaba.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.store.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preference files on the command line: the judgement choice shown, empty results explained and failing, JSON errors. */
class PreferenceCliTest {

    @TempDir
    Path dir;

    /** Exit code, stdout, stderr. */
    private record Ran(int code, String out, String err) {
    }

    private Ran run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Ran(code, out.toString(), err.toString());
    }

    private Path project() {
        Path p = dir.resolve("p.indaba");
        assertEquals(0, run("new", p.toString(), "--name", "P", "--source-lang", "en").code());
        return p;
    }

    @Test
    void anImportWithoutJudgementsSaysSoAndTheEmptyExportFailsWithTheReason() throws Exception {
        Path p = project();
        Path f = Files.writeString(dir.resolve("t.jsonl"), "{\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"5\"}\n");
        Ran imported = run("import", p.toString(), f.toString());
        assertEquals(0, imported.code());
        assertTrue(imported.out().contains("not imported as judgements (the default for trl-preference; add --map "
                + "judgement=true"), imported.out());
        Ran export = run("export", p.toString(), "--format", "dpo", "--out", dir.resolve("o/dpo.jsonl").toString());
        assertEquals(Main.FAILED, export.code());
        assertTrue(export.err().contains("no judgements") && export.err().contains("--map judgement=true"),
                export.err());
        assertFalse(Files.exists(dir.resolve("o/README.md")), "no card for no rows");

        Ran judged = run("import", p.toString(), f.toString(), "--map", "judgement=true");
        assertTrue(judged.out().contains("imported as judgements (--map judgement=true)"), judged.out());
        assertEquals(0, run("export", p.toString(), "--format", "dpo", "--out", dir.resolve("o/dpo.jsonl").toString(),
                "--force").code());
    }

    @Test
    void skippingEveryRowFailsAndManyBadRowsAreCountedPerReason() throws Exception {
        Path p = project();
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            bad.append(i % 3 == 0 ? "{\"prompt\":\"q\",\"chosen\":\"x\",\"rejected\":\"x\"}\n"
                    : "{\"prompt\":\"q" + i + "\",\"chosen\":\"x\",\"rejected\":7}\n");
        }
        Path f = Files.writeString(dir.resolve("bad.jsonl"), bad.toString());
        Ran r = run("import", p.toString(), f.toString(), "--skip-bad-rows");
        assertEquals(Main.FAILED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("nothing was imported from"), r.err());
        assertTrue(r.err().contains("10 rows: chosen and rejected are the same text (first: bad.jsonl:1)"), r.err());
        assertTrue(r.err().contains("20 rows: "), r.err());
        assertTrue(r.err().lines().count() < 8, r.err());
    }

    @Test
    void importJsonPrintsAFailureAsJson() throws Exception {
        Path p = project();
        Path f = Files.writeString(dir.resolve("t.jsonl"), "{\"prompt\":\"q\",\"chosen\":\"x\",\"rejected\":\"x\"}\n");
        Ran r = run("import", p.toString(), f.toString(), "--json");
        assertEquals(Main.FAILED, r.code());
        JsonNode error = Json.MAPPER.readTree(r.out()).get("error");
        assertEquals(f.toString(), error.get("file").asText());
        assertEquals(1, error.get("line").asLong());
        assertEquals("chosen and rejected are the same text", error.get("reason").asText());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void severalExportsIntoOneFolderKeepOneCardEach() throws Exception {
        Path p = project();
        Path f = Files.writeString(dir.resolve("t.jsonl"), "{\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"5\"}\n");
        run("import", p.toString(), f.toString(), "--map", "judgement=true");
        Path out = dir.resolve("ds");
        assertEquals(0, run("export", p.toString(), "--format", "dpo", "--out", out.resolve("dpo.jsonl").toString())
                .code());
        Ran kto = run("export", p.toString(), "--format", "kto", "--out", out.resolve("kto.jsonl").toString(), "--force");
        assertEquals(0, kto.code(), kto.err());
        assertTrue(Files.readString(out.resolve("README.md")).contains("path: \"dpo.jsonl\""));
        assertTrue(Files.readString(out.resolve("kto.card.md")).contains("path: \"kto.jsonl\""), kto.out());
        assertTrue(kto.out().contains("card of another export"), kto.out());
    }
}
