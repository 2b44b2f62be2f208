package io.indaba.core.prefer;

import io.indaba.core.item.Item;
import java.util.List;

/**
 * One item in one language as an adjudicator sees it: the prompt, its candidates, the annotators' pairwise
 * judgements side by side and any adjudications already made (the newest one stands).
 *
 * @param candidates    every candidate of the item, in stored order
 * @param judgements    annotators' pairwise judgements, oldest first
 * @param adjudications adjudicators' decisions, oldest first
 */
public record ItemReview(Item item, String lang, List<Candidate> candidates, List<Judgement> judgements,
                         List<Judgement> adjudications) {

    public ItemReview {
        candidates = List.copyOf(candidates);
        judgements = List.copyOf(judgements);
        adjudications = List.copyOf(adjudications);
    }

    /** The adjudication that stands, or null when the item has none yet. */
    public Judgement decision() {
        return adjudications.isEmpty() ? null : adjudications.get(adjudications.size() - 1);
    }

    /** The candidate with this id, or null. */
    public Candidate candidate(Long id) {
        return candidates.stream().filter(c -> id != null && c.id() == id).findFirst().orElse(null);
    }
}
