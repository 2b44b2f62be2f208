package io.indaba.app.review;

import io.indaba.app.common.Messages;
import io.indaba.app.common.Workspace;
import io.indaba.app.common.ProjectSession;
import javafx.scene.Node;

/** Review as a workspace: the pairs annotators disagree on, side by side, and the adjudicator's decision. */
public final class ReviewWorkspace implements Workspace {

    @Override
    public String id() {
        return "review";
    }

    @Override
    public String title() {
        return Messages.get("nav.review");
    }

    @Override
    public Node view(ProjectSession session) {
        // the adjudicator is recorded the way the rest of the workbench records who acted
        ReviewViewModel model = new ReviewViewModel(session, System.getProperty("user.name", "indaba"));
        ReviewView view = new ReviewView(model);
        model.load();
        return view;
    }
}
