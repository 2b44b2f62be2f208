package io.indaba.core.prefer;

import io.indaba.core.stats.vote.GraphemeCount;
import io.indaba.core.stats.vote.Outcome;
import io.indaba.core.stats.vote.PairwiseVote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a project's pairwise judgements as the statistics' {@link PairwiseVote}s, in the terms the annotator saw:
 * which candidate was on the left, which side won, how strongly, which model wrote each side and how long each
 * response was in grapheme clusters.
 */
public final class PreferenceVotes {

    /** Items whose candidate facts stay cached; judgements arrive in id order, mostly clustered by item. */
    private static final int CACHED_ITEMS = 4096;

    private final Judgements judgements;
    private final Candidates candidates;

    public PreferenceVotes(Judgements judgements, Candidates candidates) {
        this.judgements = judgements;
        this.candidates = candidates;
    }

    /** Model and length of one candidate: all a vote needs, so the cache never holds response texts. */
    private record Facts(String model, int length) {
    }

    /** Votes of one language, or of every language when {@code lang} is null. */
    public VoteSet read(String lang) {
        List<PairwiseVote> votes = new ArrayList<>();
        Map<String, Integer> adjudications = new TreeMap<>();
        Map<String, Integer> rankings = new TreeMap<>();
        int[] unusable = {0};
        Map<Long, Map<Long, Facts>> cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Map<Long, Facts>> eldest) {
                return size() > CACHED_ITEMS;
            }
        };
        judgements.forEach(lang, j -> {
            if (!"pairwise".equals(j.kind())) {
                rankings.merge(j.lang(), 1, Integer::sum);
            } else if (j.adjudication()) {
                adjudications.merge(j.lang(), 1, Integer::sum);
            } else {
                PairwiseVote vote = vote(j, cache.computeIfAbsent(j.itemId(), this::facts));
                if (vote == null) {
                    unusable[0]++;
                } else {
                    votes.add(vote);
                }
            }
        });
        return new VoteSet(votes, adjudications, rankings, unusable[0]);
    }

    private Map<Long, Facts> facts(long itemId) {
        Map<Long, Facts> facts = new HashMap<>();
        for (Candidate c : candidates.forItem(itemId)) {
            facts.put(c.id(), new Facts(c.model(), GraphemeCount.of(c.text() == null ? "" : c.text())));
        }
        return facts;
    }

    /** The vote in display terms, or null when the judgement does not name two stored candidates. */
    static PairwiseVote vote(Judgement j, Map<Long, Facts> facts) {
        Long a = j.candidateA();
        Long b = j.candidateB();
        if (a == null || b == null || a.equals(b) || j.winner() == null
                || !facts.containsKey(a) || !facts.containsKey(b)) {
            return null;
        }
        // what the annotator saw decides position bias; without a record of it, A is taken to be on the left
        Long shownLeft = id(j.display().get("left"));
        Long shownRight = id(j.display().get("right"));
        boolean bLeft = b.equals(shownLeft) && (shownRight == null || a.equals(shownRight))
                || shownLeft == null && a.equals(shownRight);
        boolean aLeft = !bLeft;
        long left = aLeft ? a : b;
        long right = aLeft ? b : a;
        Outcome outcome = switch (j.winner()) {
            case "A" -> aLeft ? Outcome.LEFT_WINS : Outcome.RIGHT_WINS;
            case "B" -> aLeft ? Outcome.RIGHT_WINS : Outcome.LEFT_WINS;
            case "tie" -> Outcome.TIE;
            case "both-bad" -> Outcome.BOTH_BAD;
            default -> null;
        };
        if (outcome == null) {
            return null;
        }
        int magnitude = j.strength() == null ? 0 : Math.abs(j.strength());
        // a win stored without strength (an import, an interface that did not ask) is the weakest win
        int strength = outcome.decisive() ? Math.max(1, magnitude) : 0;
        Facts l = facts.get(left);
        Facts r = facts.get(right);
        return new PairwiseVote(Long.toString(j.itemId()), j.annotatorId(), j.lang(), candidateId(left),
                candidateId(right), outcome, strength, l.model(), r.model(), l.length(), r.length());
    }

    /**
     * A candidate id as a vote names it: zero-padded, so that the statistics' string order puts the store's A
     * first ("10" would sort before "9"). Nominal agreement depends on which side is called A, and the dashboard
     * and the adjudication view should both mean the same candidate by it.
     */
    public static String candidateId(long id) {
        return String.format(java.util.Locale.ROOT, "%019d", id);
    }

    private static Long id(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
