package io.indaba.core.prefer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a block of judgements into pairwise decisions: a pairwise judgement is one decision; a ranking is one
 * decision per pair of its candidates (same group: tie; "none acceptable": both bad). Counts what it could not use.
 */
public final class Decisions {

    private long noMajority;

    /** Pairs the majority policy dropped because no outcome had more votes than every other. */
    public long noMajority() {
        return noMajority;
    }

    private record Vote(long a, long b, PairDecision.Outcome outcome, Judgement judgement, double margin) {
    }

    private record Pair(long a, long b) {
    }

    /** The decisions of one block under {@code policy}: in judgement order, or per pair for the majority. */
    public List<PairDecision> of(JudgementBlock block, Policy policy) {
        List<Vote> all = new ArrayList<>();
        Map<Pair, List<Vote>> byPair = new LinkedHashMap<>();
        for (Judgement j : block.judgements()) {
            for (Vote v : votes(j)) {
                all.add(v);
                byPair.computeIfAbsent(new Pair(v.a(), v.b()), k -> new ArrayList<>()).add(v);
            }
        }
        Map<Pair, Double> agreement = new HashMap<>();
        List<PairDecision> out = new ArrayList<>();
        for (Map.Entry<Pair, List<Vote>> pair : byPair.entrySet()) {
            List<Vote> votes = pair.getValue();
            Map<PairDecision.Outcome, Integer> counts = new EnumMap<>(PairDecision.Outcome.class);
            for (Vote v : votes) {
                counts.merge(v.outcome(), 1, Integer::sum);
            }
            int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            double share = (double) top / votes.size();
            agreement.put(pair.getKey(), share);
            if (policy == Policy.JUDGEMENT) {
                continue;
            }
            List<PairDecision.Outcome> leaders = counts.entrySet().stream().filter(e -> e.getValue() == top)
                    .map(Map.Entry::getKey).toList();
            if (leaders.size() == 1) {
                PairDecision.Outcome winner = leaders.get(0);
                List<Vote> agreeing = votes.stream().filter(v -> v.outcome() == winner).toList();
                double margin = agreeing.stream().mapToDouble(Vote::margin).average().orElse(0);
                out.add(new PairDecision(votes.get(0).a(), votes.get(0).b(), winner,
                        agreeing.stream().map(Vote::judgement).toList(), share, margin));
            } else {
                noMajority++;
            }
        }
        if (policy == Policy.JUDGEMENT) {
            for (Vote v : all) {
                out.add(new PairDecision(v.a(), v.b(), v.outcome(), List.of(v.judgement()),
                        agreement.get(new Pair(v.a(), v.b())), v.margin()));
            }
        }
        return out;
    }

    /**
     * How strongly a decision prefers its winner: |strength| capped at 3; a win recorded without a strength (a
     * ranking, an import) is the weakest win, 1, as the statistics count it, never 0, which would read as a tie.
     */
    static double margin(PairDecision.Outcome o, Integer strength) {
        if (!o.decisive()) {
            return 0;
        }
        return strength == null || strength == 0 ? 1 : Math.min(3, Math.abs(strength));
    }

    private static List<Vote> votes(Judgement j) {
        if ("pairwise".equals(j.kind())) {
            if (j.candidateA() == null || j.candidateB() == null || j.winner() == null
                    || j.candidateA().equals(j.candidateB())) {
                return List.of();
            }
            long a = Math.min(j.candidateA(), j.candidateB());
            long b = Math.max(j.candidateA(), j.candidateB());
            boolean swapped = a != j.candidateA();
            PairDecision.Outcome o = switch (j.winner()) {
                case "A" -> swapped ? PairDecision.Outcome.B_WINS : PairDecision.Outcome.A_WINS;
                case "B" -> swapped ? PairDecision.Outcome.A_WINS : PairDecision.Outcome.B_WINS;
                case "tie" -> PairDecision.Outcome.TIE;
                default -> PairDecision.Outcome.BOTH_BAD;
            };
            return List.of(new Vote(a, b, o, j, margin(o, j.strength())));
        }
        List<Vote> out = new ArrayList<>();
        List<List<Long>> groups = j.ranking();
        for (int g = 0; g < groups.size(); g++) {
            for (int h = g; h < groups.size(); h++) {
                for (long x : groups.get(g)) {
                    for (long y : groups.get(h)) {
                        if (x == y || (g == h && x > y)) {
                            continue;
                        }
                        long a = Math.min(x, y);
                        long b = Math.max(x, y);
                        PairDecision.Outcome o = j.noneAcceptable() ? PairDecision.Outcome.BOTH_BAD
                                : g == h ? PairDecision.Outcome.TIE
                                : x == a ? PairDecision.Outcome.A_WINS : PairDecision.Outcome.B_WINS;
                        out.add(new Vote(a, b, o, j, margin(o, null)));
                    }
                }
            }
        }
        return out;
    }
}
