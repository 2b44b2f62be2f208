package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers in exports as Python's json.dumps writes them, and a dataset card whose YAML any value cannot break. */
class ExportPythonFormTest {

    @TempDir
    Path dir;

    @Test
    void battlesTimestampsAndMarginsAreWrittenAsPythonFloats() throws Exception {
        PrefFixture f = new PrefFixture(dir);
        try {
            Path battles = dir.resolve("b").resolve("battles.jsonl");
            Formats.exporter("battles").export(f.project, new ExportOptions(battles, null, Map.of()), Progress.NONE);
            String text = Files.readString(battles);
            assertTrue(text.contains("\"tstamp\":1735689601.0"), text);
            Path reward = dir.resolve("r").resolve("reward.jsonl");
            Formats.exporter("reward").export(f.project, new ExportOptions(reward, null, Map.of()), Progress.NONE);
            assertTrue(Files.readString(reward).contains("\"margin\":2.0"));
        } finally {
            f.project.close();
        }
    }

    @Test
    void cardQuotesEveryCharacterYamlCannotHoldRaw() {
        String quoted = DatasetCard.quote("MIT\u0007\u007f\u0085\u009f\u2028\ufeff\ud800x\"\\");
        assertTrue(quoted.equals("\"MIT\\x07\\x7f\\x85\\x9f\\u2028\\ufeff\\ud800x\\\"\\\\\""), quoted);
    }
}
