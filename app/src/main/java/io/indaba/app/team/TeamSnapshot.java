package io.indaba.app.team;

import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Assignments;
import io.indaba.core.prefer.Coverage;
import io.indaba.core.prefer.GoldItems;
import io.indaba.core.prefer.GoldMark;
import io.indaba.core.prefer.GoldScore;
import io.indaba.core.prefer.JudgementProgress;
import io.indaba.core.project.Project;
import java.util.List;
import java.util.Map;

/** Everything the team workspace shows, read in one background pass so the page never shows a mix of states. */
record TeamSnapshot(List<Annotator> annotators, Map<String, Long> judgements, Map<String, Map<String, GoldScore>> gold,
                    Map<String, Long> assignments, int k, List<JudgementProgress> progress, List<GoldMark> marks) {

    static TeamSnapshot read(Project p) {
        Coverage coverage = new Coverage(p.database());
        GoldItems gold = new GoldItems(p.database());
        return new TeamSnapshot(p.annotators().all(), coverage.judgementsPerAnnotator(), gold.scores(),
                new Assignments(p.database()).countsPerAnnotator(), p.queue().k(), coverage.progress(), gold.list(null));
    }
}
