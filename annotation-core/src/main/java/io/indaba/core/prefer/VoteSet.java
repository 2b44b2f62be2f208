package io.indaba.core.prefer;

import io.indaba.core.stats.vote.PairwiseVote;
import java.util.List;
import java.util.Map;

/**
 * A project's pairwise judgements read as statistics votes, with what was set aside and why.
 *
 * @param votes         annotators' pairwise judgements in display terms, in stored order
 * @param adjudications adjudicators' decisions per language: kept out of agreement, which measures annotators
 * @param rankings      ranking judgements per language, not yet part of the pairwise statistics
 * @param unusable      pairwise judgements whose candidates are missing or identical
 */
public record VoteSet(List<PairwiseVote> votes, Map<String, Integer> adjudications, Map<String, Integer> rankings,
                      int unusable) {

    public VoteSet {
        votes = List.copyOf(votes);
        adjudications = Map.copyOf(adjudications);
        rankings = Map.copyOf(rankings);
    }

    /** Adjudications in one language (0 when none). */
    public int adjudicationsIn(String lang) {
        return adjudications.getOrDefault(lang, 0);
    }
}
