package io.indaba.core.stats.agreement;

/** How far apart two values are for Krippendorff's alpha: the level of measurement of the data. */
public enum Metric {
    /** Categories are equal or not. */
    NOMINAL,
    /** Ranks: the distance grows with how many values lie between two ranks. */
    ORDINAL,
    /** Differences are meaningful: squared difference. */
    INTERVAL,
    /** Ratios are meaningful (non-negative values): squared difference relative to the sum. */
    RATIO
}
