package io.indaba.core.translate;

/** OmegaT-style match percentage: 100 × (1 − edit distance / longer length), over normalised grapheme clusters. */
public final class Similarity {

    private Similarity() {
    }

    /** The percentage between two raw texts, 0 to 100; 100 only when they normalise to the same text. */
    public static int percentage(String a, String b) {
        return percentage(MatchText.of(a), MatchText.of(b));
    }

    /** The percentage between two normalised texts. */
    public static int percentage(MatchText a, MatchText b) {
        return fromDistance(EditDistance.between(a.graphemes(), b.graphemes()), Math.max(a.length(), b.length()));
    }

    /** The percentage for an edit distance, rounded down so that any difference scores below 100. */
    public static int fromDistance(int distance, int longer) {
        if (longer == 0) {
            return 100;
        }
        return (int) (100L * Math.max(0, longer - distance) / longer);
    }

    /** The largest edit distance that still scores at least {@code minPercent} at this length. */
    public static int distanceLimit(int longer, int minPercent) {
        return (int) ((long) longer * (100 - minPercent) / 100);
    }
}
