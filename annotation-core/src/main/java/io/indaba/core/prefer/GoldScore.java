package io.indaba.core.prefer;

/** How many gold items an annotator judged, and how many of those as expected. */
public record GoldScore(int right, int seen) {

    /** No gold judged yet. */
    public static final GoldScore NONE = new GoldScore(0, 0);

    /** The share judged as expected, or -1 with no gold judged yet (the convention of {@link WorkQueue#goldScore}). */
    public double share() {
        return seen == 0 ? -1.0 : (double) right / seen;
    }

    /** This score plus another, e.g. to sum languages. */
    public GoldScore plus(GoldScore other) {
        return new GoldScore(right + other.right, seen + other.seen);
    }
}
