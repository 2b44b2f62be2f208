package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.Workspace;
import io.indaba.app.common.ProjectSession;
import javafx.scene.Node;

/** The translation editor as a workspace of the workbench. */
public final class TranslateWorkspace implements Workspace {

    @Override
    public String id() {
        return "translate";
    }

    @Override
    public String title() {
        return Messages.get("nav.translate");
    }

    @Override
    public Node view(ProjectSession session) {
        TranslateViewModel model = new TranslateViewModel(session, System.getProperty("user.name", "translator"));
        TranslateView view = new TranslateView(model);
        model.start();
        return view;
    }
}
