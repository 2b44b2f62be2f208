package io.indaba.app.common;

import javafx.scene.Node;

/**
 * One main area of the workbench (overview, translation, comparison…), listed in the left navigation while a
 * project is open. Add a new one to {@code io.indaba.app.Workspaces.all}.
 */
public interface Workspace {

    /** A stable id, used as the navigation entry's id and in tests. */
    String id();

    /** The navigation entry's text, from {@link Messages}. */
    String title();

    /** Builds the workspace's view for an open project; called once per project and kept while it stays open. */
    Node view(ProjectSession session);
}
