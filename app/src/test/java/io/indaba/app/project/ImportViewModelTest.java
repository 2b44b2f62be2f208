package io.indaba.app.project;

import io.indaba.app.common.ProjectSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.tasks.Tasks;
import io.indaba.core.item.ItemQuery;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;

    private final Queue<Runnable> background = new ArrayDeque<>();

    private ProjectSession session(boolean deferred) {
        Project project = Project.create(dir.resolve("p.indaba"), new ProjectSettings("P", "en", List.of("am")), "test");
        return new ProjectSession(project, "P", new Tasks(deferred ? background::add : Runnable::run, Runnable::run));
    }

    @Test
    void detectsTheFormatImportsAndReports() throws Exception {
        Path file = dir.resolve("items.jsonl");
        Files.writeString(file, """
                {"id":"q1","question":"Is water wet?","answer":"A"}
                {"id":"q2","question":"Is fire hot?","answer":"A"}
                {"id":"w1","sentence":"Ama thanked Kojo because _ helped.","option1":"Ama","option2":"Kojo","answer":"2"}
                """);
        try (ProjectSession session = session(false)) {
            AtomicLong revisions = new AtomicLong();
            session.revisionProperty().addListener((o, was, now) -> revisions.incrementAndGet());
            ImportViewModel model = new ImportViewModel(session);
            model.fileProperty().set(file);
            model.start();
            assertEquals("", model.errorProperty().get());
            assertEquals("Imported with jsonl: 3 added, 0 changed, 0 unchanged, 0 rows skipped", model.reportProperty().get());
            assertNull(model.taskProperty().get());
            assertEquals(1, revisions.get(), "open views are told to reload");
            model.start();
            assertTrue(model.reportProperty().get().contains("0 added, 0 changed, 3 unchanged"), model.reportProperty().get());
        }
    }

    @Test
    void aBadRowStopsTheImportWithFileAndLineUnlessSkipped() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"q1\",\"question\":\"Fine\"}\n{\"id\":\"q2\",\"question\":\n");
        try (ProjectSession session = session(false)) {
            ImportViewModel model = new ImportViewModel(session);
            model.fileProperty().set(file);
            model.formatProperty().set("jsonl");
            model.start();
            assertTrue(model.errorProperty().get().contains("bad.jsonl:2"), model.errorProperty().get());
            assertEquals("", model.reportProperty().get());
            model.skipBadRowsProperty().set(true);
            model.start();
            assertEquals("", model.errorProperty().get());
            assertTrue(model.reportProperty().get().contains("1 added") && model.reportProperty().get().contains("1 rows skipped"),
                    model.reportProperty().get());
            assertTrue(model.reportProperty().get().contains("bad.jsonl:2"), model.reportProperty().get());
        }
    }

    @Test
    void cancellingKeepsNothing() throws Exception {
        Path file = dir.resolve("many.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            lines.append("{\"id\":\"t").append(i).append("\",\"text\":\"line ").append(i).append("\"}\n");
        }
        Files.writeString(file, lines);
        try (ProjectSession session = session(true)) {
            ImportViewModel model = new ImportViewModel(session);
            model.fileProperty().set(file);
            model.start();
            model.cancel();
            background.remove().run();
            assertEquals("Import cancelled; nothing was changed.", model.errorProperty().get());
            AtomicLong count = new AtomicLong(-1);
            session.run("count", (p, progress) -> p.items().count(ItemQuery.ALL), count::set, e -> { });
            background.remove().run();
            assertEquals(0, count.get());
        }
    }

    @Test
    void asksForAFileFirst() {
        try (ProjectSession session = session(false)) {
            ImportViewModel model = new ImportViewModel(session);
            model.start();
            assertEquals("Choose a file to import.", model.errorProperty().get());
        }
    }
}
