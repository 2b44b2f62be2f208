package io.indaba.app;

import io.indaba.app.audit.AuditWorkspace;
import io.indaba.app.common.DrafterSource;
import io.indaba.app.common.Workspace;
import io.indaba.app.prefer.ComparisonWorkspace;
import io.indaba.app.project.OverviewWorkspace;
import io.indaba.app.review.ReviewWorkspace;
import io.indaba.app.stats.StatsWorkspace;
import io.indaba.app.team.TeamWorkspace;
import io.indaba.app.translate.TranslateWorkspace;
import io.indaba.plugin.Drafter;
import java.util.List;

/** The registered workspaces in navigation order; the first one is shown when a project opens. */
public final class Workspaces {

    private Workspaces() {
    }

    /** Every workspace, given the drafters made at start-up, with no configured LLM drafter in the editor. */
    public static List<Workspace> all(DrafterSource drafters) {
        return all(drafters, List.of());
    }

    /**
     * Every workspace; register a new one by adding it here. {@code drafters} serve the comparison's aids;
     * {@code editorDrafters} are the configured LLM drafters the translation editor offers besides the project's
     * imported machine drafts and the plugins' drafters (both made once at start-up, {@code BackendServices}).
     */
    public static List<Workspace> all(DrafterSource drafters, List<Drafter> editorDrafters) {
        return List.of(
                new OverviewWorkspace(),
                new TranslateWorkspace(editorDrafters),
                new ComparisonWorkspace(drafters),
                new AuditWorkspace(),
                new StatsWorkspace(AuditWorkspace::statistics),
                new TeamWorkspace(),
                new ReviewWorkspace());
    }
}
