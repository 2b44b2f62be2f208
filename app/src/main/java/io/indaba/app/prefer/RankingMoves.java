package io.indaba.app.prefer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keyboard's moves on a ranking (displayed position → rank, 1 best, equal ranks tied): place a response at
 * the bottom, move it up or down one place, tie it with the one above. Each move returns dense ranks, so the
 * rank boxes the mouse uses show the same order.
 */
final class RankingMoves {

    private RankingMoves() {
    }

    /** {@code position} placed below every ranked response, or the ranks unchanged when it is ranked already. */
    static Map<Integer, Integer> place(Map<Integer, Integer> ranks, int position) {
        List<List<Integer>> tiers = tiers(ranks);
        if (!ranks.containsKey(position)) {
            tiers.add(new ArrayList<>(List.of(position)));
        }
        return ranks(tiers);
    }

    /** One place up: out of a tie to just above it, or above the response (or tie) before it. */
    static Map<Integer, Integer> moveUp(Map<Integer, Integer> ranks, int position) {
        List<List<Integer>> tiers = tiers(place(ranks, position));
        int at = tierOf(tiers, position);
        if (tiers.get(at).size() > 1) {
            tiers.get(at).remove(Integer.valueOf(position));
            tiers.add(at, new ArrayList<>(List.of(position)));
        } else if (at > 0) {
            tiers.add(at - 1, tiers.remove(at));
        }
        return ranks(tiers);
    }

    /** One place down: out of a tie to just below it, or below the response (or tie) after it. */
    static Map<Integer, Integer> moveDown(Map<Integer, Integer> ranks, int position) {
        List<List<Integer>> tiers = tiers(place(ranks, position));
        int at = tierOf(tiers, position);
        if (tiers.get(at).size() > 1) {
            tiers.get(at).remove(Integer.valueOf(position));
            tiers.add(at + 1, new ArrayList<>(List.of(position)));
        } else if (at < tiers.size() - 1) {
            tiers.add(at + 1, tiers.remove(at));
        }
        return ranks(tiers);
    }

    /** Tied with the response (or tie) just above; the best one stays where it is. */
    static Map<Integer, Integer> tieWithAbove(Map<Integer, Integer> ranks, int position) {
        List<List<Integer>> tiers = tiers(place(ranks, position));
        int at = tierOf(tiers, position);
        if (at == 0) {
            return ranks(tiers);
        }
        tiers.get(at).remove(Integer.valueOf(position));
        if (tiers.get(at).isEmpty()) {
            tiers.remove(at);
        }
        tiers.get(at - 1).add(position);
        return ranks(tiers);
    }

    private static List<List<Integer>> tiers(Map<Integer, Integer> ranks) {
        Map<Integer, List<Integer>> byRank = new TreeMap<>();
        ranks.forEach((position, rank) -> byRank.computeIfAbsent(rank, r -> new ArrayList<>()).add(position));
        List<List<Integer>> tiers = new ArrayList<>();
        byRank.values().forEach(tier -> tiers.add(new ArrayList<>(tier.stream().sorted().toList())));
        return tiers;
    }

    private static int tierOf(List<List<Integer>> tiers, int position) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).contains(position)) {
                return i;
            }
        }
        throw new IllegalStateException("position " + position + " is not ranked");
    }

    private static Map<Integer, Integer> ranks(List<List<Integer>> tiers) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < tiers.size(); i++) {
            for (int position : tiers.get(i)) {
                out.put(position, i + 1);
            }
        }
        return out;
    }
}
