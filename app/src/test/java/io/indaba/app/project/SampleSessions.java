package io.indaba.app.project;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.Tasks;
import io.indaba.core.project.Project;
import io.indaba.samples.SampleProject;
import java.nio.file.Path;

/** Opens a fresh sample project with background work run on the calling thread, for view-model tests. */
final class SampleSessions {

    private SampleSessions() {
    }

    static ProjectSession open(Path dir) {
        Path file = SampleProject.build(dir.resolve(SampleProject.FILE_NAME));
        Project project = Project.open(file);
        return new ProjectSession(project, project.settings().name(), new Tasks(Runnable::run, Runnable::run));
    }
}
