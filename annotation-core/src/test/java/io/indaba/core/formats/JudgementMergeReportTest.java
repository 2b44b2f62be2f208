package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions that become one judgement, or none, are counted and reported, never dropped silently. */
class JudgementMergeReportTest {

    private static final String ROW = "{\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"5\",\"lang\":\"en\","
            + "\"response_lang\":\"sw\"}";

    @TempDir
    Path dir;

    @Test
    void twoEqualDecisionsAreReportedAsMergedAndAReimportAsSkipped() throws Exception {
        try (Project p = Project.create(dir.resolve("p.indaba"), new ProjectSettings("t", "en", List.of("sw")),
                "lead")) {
            Path f = dir.resolve("trl.jsonl");
            Files.writeString(f, ROW + "\n" + ROW + "\n");
            ImportOptions judged = new ImportOptions(null, false, Map.of("judgement", "true"), null, "lead");
            ImportReport r = Formats.importer("trl-preference").importFile(p, f, judged, Progress.NONE);
            assertEquals(1, r.judgements());
            assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("merged: 1 ")), r.notes().toString());
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("annotator 'imported'")), r.notes().toString());

            ImportReport again = Formats.importer("trl-preference").importFile(p, f, judged, Progress.NONE);
            assertEquals(0, again.judgements());
            assertTrue(again.notes().stream().anyMatch(n -> n.startsWith("skipped: 2 ")), again.notes().toString());
        }
    }
}
