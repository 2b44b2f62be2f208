package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.app.common.Workspace;
import io.indaba.app.common.ProjectSession;
import javafx.scene.Node;

/** The project lead's team page as a workspace: profiles, k and progress, assignment, gold items. */
public final class TeamWorkspace implements Workspace {

    @Override
    public String id() {
        return "team";
    }

    @Override
    public String title() {
        return Messages.get("nav.team");
    }

    @Override
    public Node view(ProjectSession session) {
        TeamViewModel model = new TeamViewModel(session, System.getProperty("user.name", "lead"));
        TeamView view = new TeamView(model);
        model.load();
        return view;
    }
}
