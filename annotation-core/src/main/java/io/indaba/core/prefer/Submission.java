package io.indaba.core.prefer;

import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a screen {@link Decision} into a stored {@link Judgement}: displayed positions are mapped back to the fixed
 * A/B order (A = the candidate with the smaller id) so agreement never depends on where a response was shown, the
 * display order and seed are recorded, and edit-to-win corrections become new candidates linked to the original
 * and to the judgement — all in one durable transaction.
 */
public final class Submission {

    private final Database db;

    public Submission(Database db) {
        this.db = db;
    }

    /** Builds the judgement (not stored) for a decision on a queue entry; pairwise when two were shown. */
    public static Judgement judgement(QueueEntry entry, String annotatorId, Decision d, Integer guidelineVersion,
                                      String uid) {
        List<Candidate> shown = entry.displayed();
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("positions", shown.stream().map(Candidate::id).toList());
        display.put("orderSeed", entry.orderSeed());
        if (shown.size() == 2 && d.rankedPositions().isEmpty()) {
            Candidate left = shown.get(0);
            Candidate right = shown.get(1);
            boolean leftIsA = left.id() < right.id();
            long a = leftIsA ? left.id() : right.id();
            long b = leftIsA ? right.id() : left.id();
            String winner = switch (d.side()) {
                case LEFT -> leftIsA ? "A" : "B";
                case RIGHT -> leftIsA ? "B" : "A";
                case TIE -> "tie";
                case BOTH_BAD -> "both-bad";
            };
            // Positive strength favours A, negative favours B; ties carry none.
            int strength = switch (winner) {
                case "A" -> Math.max(1, d.strength());
                case "B" -> -Math.max(1, d.strength());
                default -> 0;
            };
            display.put("left", left.id());
            display.put("right", right.id());
            return new Judgement(0, uid, entry.item().id(), annotatorId, entry.lang(), "pairwise", a, b, winner,
                    strength, null, d.side() == Decision.Side.BOTH_BAD, display, d.ratings(), d.flags(),
                    d.rationale(), d.aids(), d.timeOnTaskMs(), guidelineVersion, false, null);
        }
        List<List<Long>> ranking = new ArrayList<>();
        for (List<Integer> group : d.rankedPositions()) {
            ranking.add(group.stream().map(pos -> shown.get(pos).id()).sorted().toList());
        }
        return new Judgement(0, uid, entry.item().id(), annotatorId, entry.lang(), "ranking", null, null, null, null,
                ranking, d.noneAcceptable(), display, d.ratings(), d.flags(), d.rationale(), d.aids(),
                d.timeOnTaskMs(), guidelineVersion, false, null);
    }

    /** Stores the judgement and any edit-to-win corrections in one transaction; returns the judgement's uid. */
    public String submit(QueueEntry entry, String annotatorId, Decision d, Integer guidelineVersion) {
        String uid = UUID.randomUUID().toString();
        Judgement j = judgement(entry, annotatorId, d, guidelineVersion, uid);
        db.write(c -> {
            Judgement stored = withEdits(c, entry, j, d, annotatorId);
            Judgements.insert(c, stored);
            return null;
        });
        return uid;
    }

    private static Judgement withEdits(Connection c, QueueEntry entry, Judgement j, Decision d, String annotatorId)
            throws SQLException {
        if (d.edits().isEmpty()) {
            return j;
        }
        Map<String, Object> display = new LinkedHashMap<>(j.display());
        Map<String, Long> editIds = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : d.edits().entrySet()) {
            Candidate original = entry.displayed().get(e.getKey());
            Candidate edited = new Candidate(0, original.itemId(), null, e.getValue(), original.langRequested(),
                    null, "human-edited", original.id(), null, original.model(), Map.of(), null, Map.of(), Map.of(),
                    Map.of("judgement", j.uid(), "editor", annotatorId), null);
            long id = Candidates.add(c, edited, annotatorId);
            editIds.put(Long.toString(original.id()), id);
        }
        display.put("edits", editIds);
        EventLog.append(c, annotatorId, "candidate.edited-to-win", "judgement", j.uid(), Map.of("edits", editIds));
        return new Judgement(0, j.uid(), j.itemId(), j.annotatorId(), j.lang(), j.kind(), j.candidateA(),
                j.candidateB(), j.winner(), j.strength(), j.ranking(), j.noneAcceptable(), display, j.ratings(),
                j.flags(), j.rationale(), j.aids(), j.timeOnTaskMs(), j.guidelineVersion(), false, null);
    }
}
