package io.indaba.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.store.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indaba import --dry-run}: the changed translations in text and JSON, and nothing kept. */
class ImportDryRunCliTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void dryRunListsChangedTranslationsAndKeepsNothing() throws Exception {
        Path p = dir.resolve("t.indaba");
        run("new", p.toString(), "--name", "T", "--source-lang", "en", "--target-lang", "am");
        Path en = Files.writeString(dir.resolve("wino_dev.csv"), "qID,English Sentence,English Option 1,"
                + "English Option 2,Amharic Sentence,Amharic Option 1,Amharic Option 2,Answer,Split\n"
                + "q1,Ian ate because _ was hungry.,Ian,Dennis,ኢያን _ ስለራበው በላ.,ኢያን,ዴኒስ,1,dev\n");
        run("import", p.toString(), en.toString(), "--format", "bilingual-csv", "--target-lang", "am");
        Path xlf = dir.resolve("am.xlf");
        run("export", p.toString(), "--format", "xliff12", "--lang", "am", "--out", xlf.toString());
        Files.writeString(xlf, Files.readString(xlf).replace(">ኢያን<", ">lan<"));
        String text = run("import", p.toString(), xlf.toString(), "--dry-run")[0];
        assertTrue(text.contains("1 stored translations would be changed"), text);
        assertTrue(text.contains("q1 option1 [am]: ኢያን → lan"), text);
        assertTrue(text.contains("dry run: nothing was kept"), text);
        JsonNode json = Json.MAPPER.readTree(run("import", p.toString(), xlf.toString(), "--dry-run", "--json")[0]);
        JsonNode change = json.get(0).get("changed").get(0);
        assertEquals("ኢያን", change.get("oldText").asText());
        assertEquals("lan", change.get("newText").asText());
        assertTrue(json.get(0).get("dryRun").asBoolean());
        JsonNode kept = Json.MAPPER.readTree(run("import", p.toString(), xlf.toString(), "--json")[0]);
        assertEquals(1, kept.get(0).get("changed").size(), "the real import reports the same change");
        JsonNode again = Json.MAPPER.readTree(run("import", p.toString(), xlf.toString(), "--json")[0]);
        assertEquals(0, again.get(0).get("changed").size(), "now it was kept: nothing left to change");
    }
}
