package io.indaba.core.prefer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns a block of judgements into full rankings; a pairwise judgement is a ranking of two. */
public final class Rankings {

    private long noMajority;

    /** Candidate sets the majority policy dropped because no ranking was given more often than every other. */
    public long noMajority() {
        return noMajority;
    }

    private record Key(List<List<Long>> groups, boolean noneAcceptable) {
    }

    /** The rankings of one block under {@code policy}, in judgement order. */
    public List<RankingRow> of(JudgementBlock block, Policy policy) {
        Map<List<Long>, Map<Key, List<Judgement>>> bySet = new LinkedHashMap<>();
        for (Judgement j : block.judgements()) {
            Key key = key(j);
            if (key == null) {
                continue;
            }
            List<Long> set = List.copyOf(new TreeSet<>(key.groups().stream().flatMap(List::stream).toList()));
            bySet.computeIfAbsent(set, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(j);
        }
        List<RankingRow> out = new ArrayList<>();
        for (Map.Entry<List<Long>, Map<Key, List<Judgement>>> set : bySet.entrySet()) {
            int total = set.getValue().values().stream().mapToInt(List::size).sum();
            int top = set.getValue().values().stream().mapToInt(List::size).max().orElse(0);
            double agreement = (double) top / total;
            List<Key> leaders = set.getValue().entrySet().stream().filter(e -> e.getValue().size() == top)
                    .map(Map.Entry::getKey).toList();
            if (policy == Policy.JUDGEMENT) {
                List<RankingRow> rows = new ArrayList<>();
                set.getValue().forEach((key, js) -> js.forEach(j -> rows.add(row(set.getKey(), key, List.of(j), agreement))));
                rows.sort(java.util.Comparator.comparingLong(r -> r.judgements().get(0).id()));
                out.addAll(rows);
            } else if (leaders.size() == 1) {
                out.add(row(set.getKey(), leaders.get(0), set.getValue().get(leaders.get(0)), agreement));
            } else {
                noMajority++;
            }
        }
        return out;
    }

    private static RankingRow row(List<Long> responses, Key key, List<Judgement> js, double agreement) {
        List<List<Integer>> ranking = key.groups().stream()
                .map(g -> g.stream().map(responses::indexOf).toList()).toList();
        return new RankingRow(responses, ranking, key.noneAcceptable(), js, agreement);
    }

    /** The judgement as groups of sorted candidate ids, best first; null when it decides nothing. */
    private static Key key(Judgement j) {
        if ("pairwise".equals(j.kind())) {
            if (j.candidateA() == null || j.candidateB() == null || j.winner() == null
                    || j.candidateA().equals(j.candidateB())) {
                return null;
            }
            long a = j.candidateA();
            long b = j.candidateB();
            return switch (j.winner()) {
                case "A" -> new Key(List.of(List.of(a), List.of(b)), false);
                case "B" -> new Key(List.of(List.of(b), List.of(a)), false);
                case "tie" -> new Key(List.of(List.of(Math.min(a, b), Math.max(a, b))), false);
                default -> new Key(List.of(List.of(Math.min(a, b), Math.max(a, b))), true);
            };
        }
        if (j.ranking().isEmpty()) {
            return null;
        }
        List<List<Long>> groups = new ArrayList<>();
        for (List<Long> g : j.ranking()) {
            groups.add(g.stream().sorted().toList());
        }
        return new Key(List.copyOf(groups), j.noneAcceptable());
    }
}
