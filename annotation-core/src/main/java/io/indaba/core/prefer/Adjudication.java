package io.indaba.core.prefer;

import io.indaba.core.item.Item;
import io.indaba.core.item.Items;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Adjudication of disagreements: lists the pairs whose annotators disagree, shows one item's judgements side by
 * side, and stores an adjudicator's decision as a judgement of its own marked {@code adjudication}. The annotators'
 * judgements are never changed, so agreement stays a measure of what they actually said.
 */
public final class Adjudication {

    private final Database db;
    private final Judgements judgements;
    private final Candidates candidates;
    private final Items items;

    public Adjudication(Database db) {
        this.db = db;
        this.judgements = new Judgements(db);
        this.candidates = new Candidates(db);
        this.items = new Items(db);
    }

    /** A candidate pair of one item, A the smaller id. */
    private record PairKey(long itemId, long a, long b) {
    }

    /** Pairs whose annotators' verdicts differ in {@code lang}, in the order their first judgement was stored. */
    public List<Disagreement> disagreements(String lang) {
        Map<PairKey, Map<Winner, Integer>> verdicts = new LinkedHashMap<>();
        Map<PairKey, Winner> decided = new LinkedHashMap<>();
        judgements.forEach(lang, j -> {
            if (!"pairwise".equals(j.kind()) || j.candidateA() == null || j.candidateB() == null
                    || j.winner() == null) {
                return;
            }
            PairKey key = new PairKey(j.itemId(), j.candidateA(), j.candidateB());
            if (j.adjudication()) {
                decided.put(key, Winner.of(j.winner())); // id order: the newest adjudication stands
            } else {
                verdicts.computeIfAbsent(key, k -> new EnumMap<>(Winner.class))
                        .merge(Winner.of(j.winner()), 1, Integer::sum);
            }
        });
        List<Disagreement> out = new ArrayList<>();
        Map<Long, String> externalIds = new LinkedHashMap<>();
        verdicts.forEach((key, counts) -> {
            if (counts.size() > 1) {
                String externalId = externalIds.computeIfAbsent(key.itemId(),
                        id -> items.byId(id).map(Item::externalId).orElse(Long.toString(id)));
                out.add(new Disagreement(key.itemId(), externalId, lang, key.a(), key.b(), counts,
                        decided.get(key)));
            }
        });
        return out;
    }

    /** How many pairs in {@code lang} two or more annotators judged: with none, no disagreement can show. */
    public int sharedPairs(String lang) {
        Map<PairKey, Set<String>> judges = new LinkedHashMap<>();
        judgements.forEach(lang, j -> {
            if ("pairwise".equals(j.kind()) && j.candidateA() != null && j.candidateB() != null
                    && j.winner() != null && !j.adjudication()) {
                judges.computeIfAbsent(new PairKey(j.itemId(), j.candidateA(), j.candidateB()),
                        k -> new LinkedHashSet<>()).add(j.annotatorId());
            }
        });
        return (int) judges.values().stream().filter(s -> s.size() > 1).count();
    }

    /** The item with its candidates and its pairwise judgements in {@code lang}, annotators' and adjudicators'. */
    public ItemReview sideBySide(long itemId, String lang) {
        Item item = items.byId(itemId)
                .orElseThrow(() -> new IllegalArgumentException("no item with id " + itemId));
        List<Judgement> annotators = new ArrayList<>();
        List<Judgement> adjudicators = new ArrayList<>();
        for (Judgement j : judgements.forItem(itemId)) {
            if (j.lang().equals(lang) && "pairwise".equals(j.kind())) {
                (j.adjudication() ? adjudicators : annotators).add(j);
            }
        }
        return new ItemReview(item, lang, candidates.forItem(itemId), annotators, adjudicators);
    }

    /**
     * Decides the one pair the annotators judged on this item (or its only two candidates); refuses an item whose
     * judgements cover several pairs, where the pair must be named.
     */
    public Judgement decide(long itemId, String lang, Winner winner, int strength, String rationale,
                            String adjudicatorId) {
        ItemReview review = sideBySide(itemId, lang);
        Set<List<Long>> pairs = new LinkedHashSet<>();
        review.judgements().forEach(j -> pairs.add(List.of(j.candidateA(), j.candidateB())));
        if (pairs.isEmpty() && review.candidates().size() == 2) {
            pairs.add(List.of(review.candidates().get(0).id(), review.candidates().get(1).id()));
        }
        if (pairs.size() != 1) {
            throw new IllegalArgumentException("item " + review.item().externalId() + " has " + pairs.size()
                    + " judged pairs in " + lang + "; name the pair to decide");
        }
        List<Long> pair = pairs.iterator().next();
        return decide(itemId, lang, pair.get(0), pair.get(1), winner, strength, rationale, adjudicatorId);
    }

    /**
     * Stores the adjudicator's decision on candidates {@code a} and {@code b} of one item and returns it; strength
     * is 0..3 as on screen (a win counts at least 1), stored signed with + favouring A like every judgement.
     */
    public Judgement decide(long itemId, String lang, long a, long b, Winner winner, int strength,
                            String rationale, String adjudicatorId) {
        if (winner == null) {
            throw new IllegalArgumentException("an adjudication needs a winner (A, B, tie, both-bad)");
        }
        if (strength < 0 || strength > 3) {
            throw new IllegalArgumentException("strength must be 0..3, not " + strength);
        }
        if (adjudicatorId == null || adjudicatorId.isBlank() || lang == null || lang.isBlank()) {
            throw new IllegalArgumentException("an adjudication needs an adjudicator and a language");
        }
        long first = Math.min(a, b);
        long second = Math.max(a, b);
        Set<Long> own = new LinkedHashSet<>();
        candidates.forItem(itemId).forEach(c -> own.add(c.id()));
        if (first == second || !own.contains(first) || !own.contains(second)) {
            throw new IllegalArgumentException("candidates " + a + " and " + b + " are not two candidates of item "
                    + itemId);
        }
        // the pair was given in either order; the verdict is in the caller's A/B, so turn it with the pair
        Winner fixed = a <= b ? winner : switch (winner) {
            case A -> Winner.B;
            case B -> Winner.A;
            default -> winner;
        };
        int signed = switch (fixed) {
            case A -> Math.max(1, strength);
            case B -> -Math.max(1, strength);
            case TIE, BOTH_BAD -> 0;
        };
        List<String> considered = new ArrayList<>();
        judgements.forItem(itemId).stream()
                .filter(j -> !j.adjudication() && lang.equals(j.lang()) && Long.valueOf(first).equals(j.candidateA())
                        && Long.valueOf(second).equals(j.candidateB()))
                .forEach(j -> considered.add(j.uid()));
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("adjudicates", considered);
        Judgement decision = new Judgement(0, UUID.randomUUID().toString(), itemId, adjudicatorId, lang, "pairwise",
                first, second, fixed.code(), signed, null, fixed == Winner.BOTH_BAD, display, null, null,
                rationale == null || rationale.isBlank() ? null : rationale.strip(), null, null, null, true, Clock.now());
        long id = db.write(c -> {
            long stored = Judgements.insert(c, decision);
            EventLog.append(c, adjudicatorId, "judgement.adjudicated", "judgement", decision.uid(),
                    Map.of("item", itemId, "lang", lang, "winner", fixed.code(), "considered", considered));
            return stored;
        });
        return new Judgement(id, decision.uid(), itemId, adjudicatorId, lang, "pairwise", first, second,
                fixed.code(), signed, null, decision.noneAcceptable(), display, null, null, decision.rationale(),
                null, null, null, true, decision.createdAt());
    }
}
