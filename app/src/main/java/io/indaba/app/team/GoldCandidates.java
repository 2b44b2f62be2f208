package io.indaba.app.team;

import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Candidates;
import io.indaba.core.project.Project;
import java.util.Comparator;
import java.util.List;

/**
 * The prompt and the two responses a gold mark refers to in one language: A is the candidate with the smaller id,
 * as in every stored judgement, whatever order an annotator later sees them in.
 */
record GoldCandidates(String prompt, Candidate a, Candidate b, int others, String expected) {

    static GoldCandidates read(Project project, long itemId, String lang) {
        String prompt = project.items().byId(itemId).map(i -> i.field("prompt")).orElse("");
        List<Candidate> inLang = new Candidates(project.database()).forItem(itemId).stream()
                .filter(c -> lang.equals(c.langRequested())).sorted(Comparator.comparingLong(Candidate::id)).toList();
        String expected = new io.indaba.core.prefer.GoldItems(project.database()).list(lang).stream()
                .filter(m -> m.itemId() == itemId).map(m -> m.expectedWinner()).findFirst().orElse(null);
        return new GoldCandidates(prompt == null ? "" : prompt, inLang.get(0), inLang.get(1), inLang.size() - 2, expected);
    }
}
