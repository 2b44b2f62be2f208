package io.indaba.app.project.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.packages.MergeReport;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.samples.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageViewModelsTest {

    @TempDir
    Path dir;

    private ProjectSession sample() {
        Project project = Project.open(SampleProject.build(dir.resolve(SampleProject.FILE_NAME)));
        return new ProjectSession(project, project.settings().name(), new Tasks(Runnable::run, Runnable::run));
    }

    private static Path exportFor(ProjectSession session, String annotatorId) {
        PackageExportViewModel model = new PackageExportViewModel(session);
        model.annotatorProperty().set(model.annotators().stream().filter(a -> a.id().equals(annotatorId))
                .findFirst().orElseThrow());
        model.start();
        assertEquals("", model.errorProperty().get());
        return model.outputProperty().get();
    }

    @Test
    void exportsThePackageOfTheChosenAnnotatorAndSaysWhatWentIn() {
        try (ProjectSession session = sample()) {
            PackageExportViewModel model = new PackageExportViewModel(session);
            assertEquals(List.of("ann-01", "ann-02", "ann-03"), model.annotators().stream().map(a -> a.id()).toList());
            assertEquals("ann-01", model.annotatorProperty().get().id(), "the first is chosen");
            model.annotatorProperty().set(model.annotators().get(1));
            Path out = model.outputProperty().get();
            assertEquals(dir.resolve("indaba-sample-ann-02.indaba").toAbsolutePath(), out);
            model.start();
            String report = model.reportProperty().get();
            assertTrue(report.startsWith("Package for ann-02 written to " + out + ": "), report);
            assertTrue(report.contains("8 earlier judgements."), report);
            assertTrue(report.contains("ann-02 has no assigned items"), report);
            assertTrue(Files.isRegularFile(out));

            model.start();
            assertTrue(model.errorProperty().get().contains("already exists"), model.errorProperty().get());
            assertFalse(model.errorProperty().get().contains("\n"));
        }
    }

    @Test
    void mergingReportsAddedIdenticalAndEveryConflictAndOverwritesNothing() {
        try (ProjectSession session = sample()) {
            Path pkg = exportFor(session, "ann-01");
            try (Project returned = Project.open(pkg)) {
                Judgement earlier = returned.judgements().forItem(
                        returned.items().byExternalId("sample-prompt-1").orElseThrow().id()).get(0);
                returned.judgements().submit(Judgement.pairwise("new-1", earlier.itemId(), "ann-01", "am",
                        earlier.candidateA(), earlier.candidateB(), "B", -2));
                returned.database().write(c -> {
                    try (var s = c.createStatement()) {
                        s.executeUpdate("UPDATE judgement SET winner = 'B', strength = -1 WHERE uid = 'sample-judgement-1'");
                    }
                    return null;
                });
            }
            AtomicLong revisions = new AtomicLong();
            session.revisionProperty().addListener((o, was, now) -> revisions.incrementAndGet());
            PackageMergeViewModel model = new PackageMergeViewModel(session);
            model.fileProperty().set(pkg);
            model.start();

            assertEquals("", model.errorProperty().get());
            assertEquals("Merged ann-01’s package: 1 judgement added, 10 already present (ignored), "
                    + "0 edited responses added, 1 conflict.", model.summaryProperty().get());
            assertEquals(1, model.conflicts().size());
            MergeReport.Conflict conflict = model.conflicts().get(0);
            assertEquals("sample-judgement-1", conflict.uid());
            assertTrue(conflict.reason().contains("winner") && conflict.reason().contains("strength"), conflict.reason());
            assertEquals(1, revisions.get(), "open views are told to reload");

            AtomicLong stillA = new AtomicLong();
            session.run("read", (p, progress) -> p.judgements().forItem(
                    p.items().byExternalId("sample-prompt-1").orElseThrow().id()).stream()
                    .filter(j -> j.uid().equals("sample-judgement-1") && j.winner().equals("A")).count(),
                    stillA::set, e -> { });
            assertEquals(1, stillA.get(), "the stored judgement was kept");

            model.start();
            assertTrue(model.summaryProperty().get().contains("no judgements added, 11 already present"),
                    model.summaryProperty().get());
        }
    }

    @Test
    void aFileThatIsNotAPackageIsRefusedInOneLine() {
        Path other = dir.resolve("other.indaba");
        Project.create(other, new ProjectSettings("Other", "en", List.of("am")), "t").close();
        try (ProjectSession session = sample()) {
            PackageMergeViewModel model = new PackageMergeViewModel(session);
            assertFalse(model.ready().get());
            model.fileProperty().set(other);
            model.start();
            assertTrue(model.errorProperty().get().contains("is not an annotator package"), model.errorProperty().get());
            assertEquals("", model.summaryProperty().get());
            assertEquals(List.of(), model.conflicts());
        }
    }

    @Test
    void aProjectWithoutAnnotatorsSaysSo() {
        Project project = Project.create(dir.resolve("empty.indaba"), new ProjectSettings("E", "en", List.of("am")), "t");
        try (ProjectSession session = new ProjectSession(project, "E", new Tasks(Runnable::run, Runnable::run))) {
            PackageExportViewModel model = new PackageExportViewModel(session);
            assertEquals("This project has no annotator profiles yet.", model.errorProperty().get());
            assertFalse(model.ready().get());
        }
    }
}
