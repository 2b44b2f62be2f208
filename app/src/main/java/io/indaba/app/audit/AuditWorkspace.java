package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.common.Workspace;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.app.common.ProjectSession;
import javafx.scene.Node;

/** The cultural appropriateness audit, as a workspace of the workbench. */
public final class AuditWorkspace implements Workspace {

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String title() {
        return Messages.get("nav.audit");
    }

    @Override
    public Node view(ProjectSession session) {
        ProjectAccess access = new ProjectAccess() {
            @Override
            public <T> void run(String title, java.util.function.Function<io.indaba.core.project.Project, T> work,
                                java.util.function.Consumer<? super T> ok,
                                java.util.function.Consumer<? super Throwable> fail) {
                session.run(title, (project, progress) -> work.apply(project), ok, fail);
            }
        };
        return new AuditView(access);
    }
}
