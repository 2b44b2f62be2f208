package io.indaba.app;

import io.indaba.app.project.OverviewWorkspace;
import io.indaba.app.review.ReviewWorkspace;
import io.indaba.app.stats.StatsWorkspace;
import io.indaba.app.team.TeamWorkspace;
import io.indaba.plugin.Drafter;
import java.util.List;

/** The registered workspaces in navigation order; the first one is shown when a project opens. */
public final class Workspaces {

    private Workspaces() {
    }

    /** Every workspace, without configured LLM drafters (tests that only list them). */
    public static List<Workspace> all() {
        return all(List.of());
    }

    /**
     * Every workspace; register a new one by adding it here. {@code drafters} are the workbench's configured LLM
     * drafters, made once at start-up ({@code BackendServices}) and handed to the editor.
     */
    public static List<Workspace> all(List<Drafter> drafters) {
        return List.of(
                new OverviewWorkspace(),
                new io.indaba.app.translate.TranslateWorkspace(drafters),
                new io.indaba.app.prefer.ComparisonWorkspace(),
                new io.indaba.app.audit.AuditWorkspace(),
                new StatsWorkspace(),
                new TeamWorkspace(),
                new ReviewWorkspace());
    }
}
