package io.indaba.app.prefer;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.common.Workspace;
import io.indaba.core.project.Project;
import io.indaba.plugin.Drafter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;

/** Comparing and ranking model responses, as a workspace of the workbench. */
public final class ComparisonWorkspace implements Workspace {

    private final Supplier<List<Drafter>> drafters;

    /** The workspace; {@code drafters} offer back-translation aids (the wiring's {@code DrafterSource}). */
    public ComparisonWorkspace(Supplier<List<Drafter>> drafters) {
        this.drafters = drafters;
    }

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
            public <T> void run(String title, Function<Project, T> work, Consumer<? super T> ok,
                                Consumer<? super Throwable> fail) {
                session.run(title, (project, progress) -> work.apply(project), ok, fail);
            }

            @Override
            public void stored() {
                session.edited();
            }
        };
        return new ComparisonView(access, drafters);
    }
}
