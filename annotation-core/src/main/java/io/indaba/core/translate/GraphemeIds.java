package io.indaba.core.translate;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives every grapheme cluster an int so edit distances compare ints, not strings: a one-code-point cluster is its
 * own code point, a longer cluster gets an interned id above the code point range.
 */
final class GraphemeIds {

    // Shared by all indexes so ids from different memories compare equal; real text has a few thousand clusters.
    private static final ConcurrentHashMap<String, Integer> CLUSTERS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger(Character.MAX_CODE_POINT + 1);

    private GraphemeIds() {
    }

    /** The id of the cluster {@code text[start, end)}. */
    static int of(CharSequence text, int start, int end) {
        int first = Character.codePointAt(text, start);
        if (start + Character.charCount(first) == end) {
            return first;
        }
        return CLUSTERS.computeIfAbsent(text.subSequence(start, end).toString(), k -> NEXT.getAndIncrement());
    }
}
