package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.Workspace;
import io.indaba.app.common.ProjectSession;
import io.indaba.plugin.Drafter;
import java.util.List;
import javafx.scene.Node;

/** The translation editor as a workspace of the workbench. */
public final class TranslateWorkspace implements Workspace {

    private final List<Drafter> drafters;

    /** An editor with imported machine drafts and the plugins' drafters only. */
    public TranslateWorkspace() {
        this(List.of());
    }

    /** An editor that also offers {@code drafters} (the configured LLM drafter), made once for the workbench. */
    public TranslateWorkspace(List<Drafter> drafters) {
        this.drafters = List.copyOf(drafters);
    }

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
        TranslateViewModel model = new TranslateViewModel(session, System.getProperty("user.name", "translator"),
                drafters);
        TranslateView view = new TranslateView(model);
        model.start();
        return view;
    }
}
