package io.indaba.core.qa;

/**
 * How far a translation may sit from its machine draft, as grapheme edit distance divided by the longer length
 * (0 = unchanged, 1 = nothing kept), for {@code mt-similarity}.
 *
 * @param tooClose     below this the draft was accepted unedited
 * @param tooFar       above this the target is unrelated to the draft (pasted into the wrong field?)
 * @param minGraphemes shorter texts are skipped: a name or a number is rightly left as the draft has it
 */
public record MtSimilarityBounds(double tooClose, double tooFar, int minGraphemes) {

    /** Rejects bounds that could never pass. */
    public MtSimilarityBounds {
        if (!(tooClose >= 0 && tooClose <= tooFar && tooFar <= 1)) {
            throw new IllegalArgumentException("need 0 <= tooClose <= tooFar <= 1: " + tooClose + ", " + tooFar);
        }
    }
}
