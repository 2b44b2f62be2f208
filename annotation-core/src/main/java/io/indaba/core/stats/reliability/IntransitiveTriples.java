package io.indaba.core.stats.reliability;

import io.indaba.core.stats.vote.CanonicalVote;
import io.indaba.core.stats.vote.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Intransitive triples: within one annotator's judgements of the candidates of one item, three candidates
 * x, y, z with x over y, y over z and z over x.
 *
 * <p>A triple is checked only when all three of its pairs carry a strict preference. A pair's preference is
 * the annotator's decisive verdict on it; a pair they judged both ways (a failed repeat) or only as a tie or
 * both-bad has none, because the repeat measure already covers self-contradiction. Randomly oriented
 * preferences make a quarter of triples cyclic, a useful baseline for the rate.
 */
public final class IntransitiveTriples {

    private IntransitiveTriples() {
    }

    /** Cyclic triples out of checked triples, over every annotator and item in {@code votes}. */
    public static Proportion of(Collection<CanonicalVote> votes) {
        Map<List<String>, List<CanonicalVote>> byAnnotatorAndItem = new HashMap<>();
        for (CanonicalVote vote : votes) {
            byAnnotatorAndItem.computeIfAbsent(List.of(vote.annotatorId(), vote.pair().itemId()),
                    key -> new ArrayList<>()).add(vote);
        }
        int checked = 0;
        int cyclic = 0;
        for (List<CanonicalVote> group : byAnnotatorAndItem.values()) {
            Map<List<String>, Integer> preference = preferences(group);
            List<String> candidates = new ArrayList<>(new TreeSet<>(preference.keySet().stream()
                    .flatMap(List::stream).toList()));
            for (int i = 0; i < candidates.size(); i++) {
                for (int j = i + 1; j < candidates.size(); j++) {
                    for (int k = j + 1; k < candidates.size(); k++) {
                        Integer ij = preference.get(List.of(candidates.get(i), candidates.get(j)));
                        Integer jk = preference.get(List.of(candidates.get(j), candidates.get(k)));
                        Integer ik = preference.get(List.of(candidates.get(i), candidates.get(k)));
                        if (ij == null || jk == null || ik == null) {
                            continue;
                        }
                        checked++;
                        // i over j over k (or the reverse) is transitive only if i is also over k (or under)
                        if (ij.equals(jk) && !ik.equals(ij)) {
                            cyclic++;
                        }
                    }
                }
            }
        }
        return Proportion.of(cyclic, checked);
    }

    /** +1 when the smaller candidate id is preferred, -1 when the larger is, keyed by the sorted pair. */
    private static Map<List<String>, Integer> preferences(List<CanonicalVote> votes) {
        Map<List<String>, Integer> preference = new HashMap<>();
        Map<List<String>, Boolean> contradicted = new HashMap<>();
        for (CanonicalVote vote : votes) {
            if (!vote.verdict().decisive()) {
                continue;
            }
            List<String> key = List.of(vote.pair().a(), vote.pair().b());
            int direction = vote.verdict() == Verdict.A_WINS ? 1 : -1;
            Integer previous = preference.putIfAbsent(key, direction);
            if (previous != null && previous != direction) {
                contradicted.put(key, true);
            }
        }
        contradicted.keySet().forEach(preference::remove);
        return preference;
    }
}
