package io.indaba.app.stats;

import io.indaba.app.audit.AuditWorkspace;
import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.common.Workspace;
import javafx.scene.Node;

/** The statistics dashboard as a workspace: agreement, model ratings and annotator reliability per language. */
public final class StatsWorkspace implements Workspace {

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
        view.addSection(Messages.get("stats.audit"), AuditWorkspace.statistics(session));
        model.load();
        return view;
    }
}
