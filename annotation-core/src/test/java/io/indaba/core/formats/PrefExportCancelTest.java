package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.prefer.JudgedProject;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling a preference export leaves nothing behind: no file, no temporary file, no reading thread. */
class PrefExportCancelTest {

    @TempDir
    Path dir;

    @Test
    void aCancelledExportWritesNothingAndAFinishedOneCountsEveryRow() throws IOException {
        try (Project p = Project.create(dir.resolve("c.indaba"), new ProjectSettings("c", "en", List.of("sw")), "t")) {
            JudgedProject.fill(p, 5_000);
            Path out = dir.resolve("out").resolve("dpo.jsonl");
            AtomicLong reported = new AtomicLong();
            Progress cancelSoon = new Progress() {
                @Override
                public void update(long done, long total) {
                    reported.set(done);
                }

                @Override
                public boolean cancelled() {
                    return reported.get() > 0;
                }
            };

            assertThrows(Cancelled.class, () -> Formats.exporter("dpo").export(p,
                    new ExportOptions(out, null, Map.of()), cancelSoon));

            assertFalse(Files.exists(out));
            try (var left = Files.list(out.getParent())) {
                assertEquals(List.of(), left.toList(), "no temporary file and no dataset card");
            }
            assertFalse(Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("indaba-judgement-reader") && t.isAlive()));

            ExportReport done = Formats.exporter("dpo").export(p, new ExportOptions(out, null, Map.of()), Progress.NONE);
            assertEquals(5_000, done.records());
            assertEquals(5_000, Files.readAllLines(out).size());
        }
    }
}
