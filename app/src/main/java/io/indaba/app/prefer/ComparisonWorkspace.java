package io.indaba.app.prefer;

import io.indaba.app.common.Messages;
import io.indaba.app.common.Workspace;
import io.indaba.app.common.ProjectSession;
import javafx.scene.Node;

/** Comparing and ranking model responses, as a workspace of the workbench. */
public final class ComparisonWorkspace implements Workspace {

    @Override
    public String id() {
        return "compare";
    }

    @Override
    public String title() {
        return Messages.get("nav.compare");
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

            @Override
            public void stored() {
                session.edited();
            }
        };
        return new ComparisonView(access);
    }
}
