package io.indaba.app.project.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Policy;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.samples.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final Queue<Runnable> background = new ArrayDeque<>();

    /** The sample project plus a tie, so the DPO export has something to drop. */
    private ProjectSession sample() {
        Project project = Project.open(SampleProject.build(dir.resolve(SampleProject.FILE_NAME)));
        Judgement first = project.judgements()
                .forItem(project.items().byExternalId("sample-prompt-1").orElseThrow().id()).get(0);
        project.judgements().submit(Judgement.pairwise("tie-1", first.itemId(), "ann-01", "am", first.candidateA(),
                first.candidateB(), "tie", 0));
        return new ProjectSession(project, project.settings().name(), new Tasks(Runnable::run, Runnable::run));
    }

    private static ExportFormat format(ExportViewModel model, String id) {
        return model.formats().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void exportsDpoAndReportsRecordsFilesAndDroppedTies() throws Exception {
        try (ProjectSession session = sample()) {
            ExportViewModel model = new ExportViewModel(session);
            model.formatProperty().set(format(model, "dpo"));
            Path out = model.outputProperty().get();
            assertEquals(dir.resolve("indaba-sample-dpo").resolve("indaba-sample-dpo.jsonl").toAbsolutePath(), out,
                    "a card-writing format gets a folder of its own, because the card is always README.md");
            assertTrue(model.ready().get());
            model.start();

            assertEquals("", model.errorProperty().get());
            assertNull(model.taskProperty().get());
            String report = model.reportProperty().get();
            assertTrue(report.startsWith("Exported 29 records as dpo into 2 files in " + out.getParent() + ":\n"
                    + "  indaba-sample-dpo.jsonl\n  README.md\n"), "one folder, named once: " + report);
            assertTrue(report.contains("dropped 2 ties"), report);
            assertEquals(29, Files.readAllLines(out).size());
            assertTrue(Files.readString(out.resolveSibling("README.md")).contains("license: \"other\""),
                    "no licence given: the core's default");
            assertTrue(model.hintProperty().get().contains("README.md"),
                    "a second export is warned that it replaces the card: " + model.hintProperty().get());
        }
    }

    @Test
    void aSecondExportReplacesTheFileAndTheCardOnlyAfterTheUserSaysYes() throws Exception {
        try (ProjectSession session = sample()) {
            ExportViewModel model = new ExportViewModel(session);
            model.formatProperty().set(format(model, "dpo"));
            Path out = model.outputProperty().get();
            assertEquals("", model.replaces(), "nothing there yet: nothing to ask");
            model.start();
            Path readme = out.resolveSibling("README.md");
            assertEquals(out + "\n" + readme, model.replaces());

            Files.writeString(out, "kept\n");
            model.start(false);
            assertTrue(model.errorProperty().get().contains("already exists"), model.errorProperty().get());
            assertEquals("kept\n", Files.readString(out), "no yes, no replacing");

            model.start(true);
            assertEquals("", model.errorProperty().get());
            assertEquals(29, Files.readAllLines(out).size());
        }
    }

    @Test
    void oneLanguageAndTheMajorityPolicyReachTheExporter() throws Exception {
        try (ProjectSession session = sample()) {
            ExportViewModel model = new ExportViewModel(session);
            assertEquals(List.of("all", "am", "ar", "ig", "yo"), model.languages());
            model.formatProperty().set(format(model, "rankings"));
            model.languageProperty().set("yo");
            model.policyProperty().set(Policy.MAJORITY);
            model.licenceProperty().set(" cc-by-4.0 ");
            model.start();
            Path out = model.outputProperty().get();
            assertEquals("indaba-sample-rankings-yo.jsonl", out.getFileName().toString());
            assertEquals("", model.errorProperty().get());
            List<String> rows = Files.readAllLines(out);
            assertEquals(1, rows.size(), "only the Yoruba judgement");
            assertTrue(rows.get(0).contains("\"judgement_uid\":[\"sample-judgement-2\"]"), rows.get(0));
            assertTrue(Files.readString(out.resolveSibling("README.md")).contains("cc-by-4.0"));
        }
    }

    @Test
    void optionsAndFlagsFollowTheFormat() {
        try (ProjectSession session = sample()) {
            ExportViewModel model = new ExportViewModel(session);
            model.implicitPromptProperty().set(true);
            model.ktoBothBadProperty().set(true);
            model.policyProperty().set(Policy.MAJORITY);
            model.formatProperty().set(format(model, "jsonl"));
            assertFalse(model.applies(ExportOption.POLICY).get());
            assertFalse(model.applies(ExportOption.CARD).get());
            assertEquals(Map.of(), model.flags(), "jsonl reads no flags, whatever was ticked for another format");

            model.formatProperty().set(format(model, "dpo-conversational"));
            assertTrue(model.applies(ExportOption.IMPLICIT_PROMPT).get());
            assertFalse(model.applies(ExportOption.KTO_BOTH_BAD).get());
            assertEquals(Map.of("policy", "majority", "implicit-prompt", "true"), model.flags());

            model.formatProperty().set(format(model, "kto"));
            assertFalse(model.applies(ExportOption.IMPLICIT_PROMPT).get());
            model.writeCardProperty().set(false);
            model.licenceProperty().set("mit");
            assertEquals(Map.of("policy", "majority", "kto-both-bad", "true", "card", "false"), model.flags(),
                    "no card, so no licence");
        }
    }

    @Test
    void theSuggestedOutputFollowsFormatAndLanguageUntilTheUserChooses() {
        try (ProjectSession session = sample()) {
            ExportViewModel model = new ExportViewModel(session);
            model.formatProperty().set(format(model, "jsonl"));
            assertEquals(dir.resolve("indaba-sample-jsonl.jsonl").toAbsolutePath(), model.outputProperty().get());
            model.languageProperty().set("am");
            assertEquals(dir.resolve("indaba-sample-jsonl-am.jsonl").toAbsolutePath(), model.outputProperty().get());
            Path mine = dir.resolve("mine.jsonl");
            model.chooseOutput(mine);
            model.formatProperty().set(format(model, "battles"));
            model.languageProperty().set("yo");
            assertEquals(mine, model.outputProperty().get());
        }
    }

    @Test
    void aFailureIsOneLineAndWritesNothing() throws Exception {
        try (ProjectSession session = sample()) {
            Path blocker = Files.writeString(dir.resolve("a-file"), "x");
            ExportViewModel model = new ExportViewModel(session);
            model.formatProperty().set(format(model, "jsonl"));
            model.chooseOutput(blocker.resolve("out.jsonl"));
            model.start();
            String error = model.errorProperty().get();
            assertTrue(error.contains("a-file"), error);
            assertFalse(error.contains("\n") || error.contains("\tat ") || error.contains("Exception:"), error);
            assertEquals("", model.reportProperty().get());
            assertNull(model.taskProperty().get());
        }
    }

    @Test
    void cancellingLeavesNoFileBehind() throws Exception {
        Project project = Project.create(dir.resolve("big.indaba"), new ProjectSettings("Big", "en", List.of("am")), "t");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            items.add(Item.of("t" + i, ItemKind.TEXT, "en", "", i, Map.of("text", "line " + i), null, Map.of()));
        }
        project.items().importAll(items.iterator(), "t", "test", Progress.NONE);
        try (ProjectSession session = new ProjectSession(project, "Big", new Tasks(background::add, Runnable::run))) {
            ExportViewModel model = new ExportViewModel(session);
            background.remove().run();
            model.formatProperty().set(format(model, "jsonl"));
            Path out = model.outputProperty().get();
            model.start();
            assertNotEquals(null, model.taskProperty().get(), "running");
            assertFalse(model.ready().get(), "no second export while one runs");
            model.cancel();
            background.remove().run();
            assertEquals("Export cancelled; no half-written file was left behind.", model.errorProperty().get());
            assertNull(model.taskProperty().get());
            assertFalse(Files.exists(out));
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".partial")).toList());
            }
        }
    }

    @Test
    void theTableKnowsFoldersLanguagesAndUnknownFormats() {
        ExportFormat folder = ExportFormat.of(new NamedExporter("mmlu-csv"));
        assertTrue(folder.writesFolder());
        assertEquals(Path.of("/p/x-mmlu-csv-am").toAbsolutePath(),
                ExportPaths.suggest(Path.of("/p/x.indaba"), folder, "am"));
        assertTrue(ExportFormat.of(new NamedExporter("xliff")).needsLanguage());
        ExportFormat unknown = ExportFormat.of(new NamedExporter("something-new"));
        assertFalse(unknown.writesFolder());
        assertEquals(java.util.Set.of(), unknown.options());
    }

    /** An exporter that only has a name, for the format table. */
    private record NamedExporter(String id) implements io.indaba.core.formats.Exporter {
        @Override
        public String description() {
            return id;
        }

        @Override
        public io.indaba.core.formats.ExportReport export(Project project, io.indaba.core.formats.ExportOptions options,
                                                          Progress progress) {
            throw new UnsupportedOperationException();
        }
    }
}
