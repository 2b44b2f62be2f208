package io.indaba.app.review;

/**
 * One annotator's judgement in the side-by-side table, in A/B terms.
 *
 * @param verdict the winner and strength in words ("A, strength 2")
 * @param time    time on task ("12.5 s"), or a dash
 */
public record JudgementRow(String annotatorId, String verdict, String rationale, String flags, String aids,
                           String time) {
}
