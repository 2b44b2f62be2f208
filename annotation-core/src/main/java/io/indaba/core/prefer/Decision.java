package io.indaba.core.prefer;

import java.util.List;
import java.util.Map;

/**
 * What an annotator decided on screen, in screen terms: for a pair, which side won ({@link Side}) and how strongly
 * (0..3); for more candidates, a ranking of displayed positions in groups (ties allowed). {@link Submission} turns
 * it into a {@link Judgement} in fixed A/B terms.
 *
 * @param edits displayed position → corrected text (edit-to-win)
 */
public record Decision(Side side, int strength, List<List<Integer>> rankedPositions, boolean noneAcceptable,
                       Map<String, Integer> ratings, List<String> flags, String rationale, List<String> aids,
                       Map<Integer, String> edits, long timeOnTaskMs) {

    /** The pairwise choice as seen on screen. */
    public enum Side { LEFT, RIGHT, TIE, BOTH_BAD }

    public Decision {
        if (strength < 0 || strength > 3) {
            throw new IllegalArgumentException("strength must be 0..3, not " + strength);
        }
        rankedPositions = rankedPositions == null ? List.of() : List.copyOf(rankedPositions);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
        flags = flags == null ? List.of() : List.copyOf(flags);
        aids = aids == null ? List.of() : List.copyOf(aids);
        edits = edits == null ? Map.of() : Map.copyOf(edits);
    }
}
