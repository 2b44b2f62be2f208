package io.indaba.app.stats;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.common.Workspace;
import java.util.function.Function;
import javafx.scene.Node;

/** The statistics dashboard as a workspace: agreement, model ratings and annotator reliability per language. */
public final class StatsWorkspace implements Workspace {

    /** The cultural audit's section, handed in by the wiring so that stats does not depend on the audit package. */
    private final Function<ProjectSession, Node> auditSection;

    public StatsWorkspace(Function<ProjectSession, Node> auditSection) {
        this.auditSection = auditSection;
    }

    @Override
    public String id() {
        return "stats";
    }

    @Override
    public String title() {
        return Messages.get("nav.stats");
    }

    @Override
    public Node view(ProjectSession session) {
        StatsViewModel model = new StatsViewModel(session);
        StatsView view = new StatsView(model);
        view.addSection(Messages.get("stats.audit"), auditSection.apply(session));
        model.load();
        return view;
    }
}
