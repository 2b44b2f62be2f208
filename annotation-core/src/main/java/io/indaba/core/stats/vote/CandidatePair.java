package io.indaba.core.stats.vote;

import java.util.Objects;

/** An unordered pair of candidates of one item, written with {@code a} the smaller id: the unit of agreement. */
public record CandidatePair(String itemId, String a, String b) {

    public CandidatePair {
        Objects.requireNonNull(itemId, "itemId");
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("candidate a must sort before b: " + a + ", " + b);
        }
    }
}
