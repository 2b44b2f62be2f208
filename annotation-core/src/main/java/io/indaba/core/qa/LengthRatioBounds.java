package io.indaba.core.qa;

/**
 * Expected target length relative to the source, in grapheme clusters, for {@code length-ratio}.
 *
 * @param min                lowest plausible target/source ratio
 * @param max                highest plausible target/source ratio
 * @param minSourceGraphemes shorter sources are skipped: a one-word option's ratio says nothing
 */
public record LengthRatioBounds(double min, double max, int minSourceGraphemes) {

    /** Rejects bounds that could never pass. */
    public LengthRatioBounds {
        if (!(min >= 0 && min <= max)) {
            throw new IllegalArgumentException("need 0 <= min <= max: " + min + ", " + max);
        }
    }
}
