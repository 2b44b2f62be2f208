package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.common.Workspace;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.project.Project;
import java.util.function.Consumer;
import java.util.function.Function;
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
        return new AuditView(access(session));
    }

    /** The session as the audit views reach a project: work off the UI thread, one callback on it. */
    public static ProjectAccess access(ProjectSession session) {
        return new ProjectAccess() {
            @Override
            public <T> void run(String title, Function<Project, T> work, Consumer<? super T> ok,
                                Consumer<? super Throwable> fail) {
                session.run(title, (project, progress) -> work.apply(project), ok, fail);
            }
        };
    }

    /** The audit agreement of a chosen language, for the Statistics workspace. */
    public static Node statistics(ProjectSession session) {
        return new AuditStatisticsPane(new AuditStatisticsViewModel(access(session)));
    }
}
