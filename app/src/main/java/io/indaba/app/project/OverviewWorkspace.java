package io.indaba.app.project;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.common.Messages;
import io.indaba.app.common.Workspace;
import javafx.scene.Node;

/** The project overview as a workspace: always present, first in the navigation. */
public final class OverviewWorkspace implements Workspace {

    @Override
    public String id() {
        return "overview";
    }

    @Override
    public String title() {
        return Messages.get("nav.overview");
    }

    @Override
    public Node view(ProjectSession session) {
        OverviewViewModel model = new OverviewViewModel(session);
        OverviewView view = new OverviewView(model);
        model.load();
        return view;
    }
}
