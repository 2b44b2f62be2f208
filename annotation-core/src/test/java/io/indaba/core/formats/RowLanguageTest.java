package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each row's language: its own column, else its script's language; rows that disagree with the project reported. */
class RowLanguageTest {

    @TempDir
    Path dir;

    @Test
    void chineseRowsInAnEnglishProjectExportAsChineseAndAreReported() throws IOException {
        try (Project p = Project.create(dir.resolve("p.indaba"), new ProjectSettings("t", "en", List.of("sw")), "l")) {
            Path f = dir.resolve("mixed.jsonl");
            Files.writeString(f, String.join("\n",
                    "{\"prompt\":\"天空为什么是蓝色的？\",\"chosen\":\"因为瑞利散射。\",\"rejected\":\"我不知道。\"}",
                    "{\"prompt\":\"Why is the sky blue?\",\"chosen\":\"Scattering.\",\"rejected\":\"No idea.\"}",
                    "{\"prompt\":\"Почему небо голубое?\",\"chosen\":\"Рассеяние.\",\"rejected\":\"Не знаю.\"}",
                    "{\"prompt\":\"Habari?\",\"chosen\":\"Nzuri\",\"rejected\":\"Mbaya\",\"lang\":\"fr\"}") + "\n",
                    StandardCharsets.UTF_8);
            ImportReport r = Formats.importer("trl-preference").importFile(p, f, new ImportOptions(null, false,
                    Map.of("judgement", "true"), "id", "l"), Progress.NONE);
            String notes = String.join("\n", r.notes());
            assertTrue(notes.contains("detected from the script") && notes.contains("zh 1"), notes);
            assertTrue(notes.contains("Cyrillic 1"), notes);
            assertTrue(notes.contains("does not list: fr 1, zh 1"), notes);
            Path out = dir.resolve("o").resolve("dpo.jsonl");
            Formats.exporter("dpo").export(p, new ExportOptions(out, null, Map.of()), Progress.NONE);
            JsonNode zh = Files.readAllLines(out).stream().map(RowLanguageTest::tree)
                    .filter(n -> n.get("chosen").asText().startsWith("因为")).findFirst().orElseThrow();
            assertEquals("zh", zh.get("prompt_lang").asText());
            assertEquals("zh", zh.get("response_lang").asText());
        }
    }

    private static JsonNode tree(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void scriptsNameTheirLanguageOnlyWhenOneLanguageWritesThem() {
        assertEquals("ko", ScriptLanguage.of("안녕하세요 세계").lang());
        assertEquals("ja", ScriptLanguage.of("空はなぜ青いのですか").lang());
        assertNull(ScriptLanguage.of("Привет, мир").lang());
        assertEquals(UnicodeScript.CYRILLIC, ScriptLanguage.of("Привет, мир").script());
        assertNull(ScriptLanguage.of("12 + 3 = ?"), "too few letters to tell");
        assertEquals(UnicodeScript.LATIN, ScriptLanguage.scriptOf("sw"));
        assertEquals(UnicodeScript.HIRAGANA, ScriptLanguage.scriptOf("ja"));
        assertEquals(UnicodeScript.LATIN, ScriptLanguage.scriptOf("sr-Latn"));
    }

    @Property(tries = 300)
    void anyTextIsReadWithoutFailing(@ForAll String text) {
        ScriptLanguage.Detected d = ScriptLanguage.of(text);
        assertTrue(d == null || d.script() != null);
    }
}
