package io.indaba.core.prefer;

import java.util.List;
import java.util.Map;

/**
 * One annotator's decision on one item in one language: pairwise (winner A/B/tie/both-bad with strength −3..+3,
 * A and B being the fixed candidate order (A has the smaller id), not screen positions; a positive strength favours A,
 * a negative one B, 0 is a tie) or a ranking of candidate ids in ordered groups
 * (ties allowed), plus what was shown where, ratings, flags, rationale, aids used and time on task.
 */
public record Judgement(long id, String uid, long itemId, String annotatorId, String lang, String kind,
                        Long candidateA, Long candidateB, String winner, Integer strength,
                        List<List<Long>> ranking, boolean noneAcceptable, Map<String, Object> display,
                        Map<String, Integer> ratings, List<String> flags, String rationale, List<String> aids,
                        Long timeOnTaskMs, Integer guidelineVersion, boolean adjudication, String createdAt) {

    public Judgement {
        ranking = ranking == null ? List.of() : ranking;
        display = display == null ? Map.of() : display;
        ratings = ratings == null ? Map.of() : ratings;
        flags = flags == null ? List.of() : flags;
        aids = aids == null ? List.of() : aids;
    }

    /** A new pairwise judgement with only the decision filled in (tests, imports). */
    public static Judgement pairwise(String uid, long itemId, String annotatorId, String lang, long a, long b,
                                     String winner, int strength) {
        return new Judgement(0, uid, itemId, annotatorId, lang, "pairwise", a, b, winner, strength, null, false,
                null, null, null, null, null, null, null, false, null);
    }
}
