package io.indaba.app.translate;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.samples.SampleProject;
import java.nio.file.Path;

/** A fresh sample project opened with background work run on the calling thread, for view-model tests. */
final class SampleEditor implements AutoCloseable {

    final Project project;
    final ProjectSession session;

    SampleEditor(Path dir) {
        Path file = SampleProject.build(dir.resolve(SampleProject.FILE_NAME));
        project = Project.open(file);
        session = new ProjectSession(project, "sample", new Tasks(Runnable::run, Runnable::run));
    }

    Item item(String externalId) {
        return project.items().byExternalId(externalId).orElseThrow();
    }

    @Override
    public void close() {
        session.close();
    }
}
