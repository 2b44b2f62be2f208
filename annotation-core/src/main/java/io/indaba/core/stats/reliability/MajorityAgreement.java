package io.indaba.core.stats.reliability;

import io.indaba.core.stats.agreement.RatingTable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Annotator-versus-majority agreement: for each unit an annotator rated, does their value equal the most
 * common value of the other annotators of that unit? The annotator is left out of the majority so that they
 * do not vote for themselves (with two annotators this is plain pairwise agreement). Units where the others
 * have no single most common value, or where nobody else rated, are not counted.
 */
public final class MajorityAgreement {

    private MajorityAgreement() {
    }

    /** Agreement with the majority of the others, by annotator (sorted by id). */
    public static <T> Map<String, Proportion> of(RatingTable<T> table) {
        Map<String, int[]> counts = new TreeMap<>();
        for (String unit : table.units()) {
            Map<String, T> ratings = table.ratingsOf(unit);
            for (Map.Entry<String, T> own : ratings.entrySet()) {
                T majority = majorityOfOthers(ratings, own.getKey());
                int[] count = counts.computeIfAbsent(own.getKey(), a -> new int[2]);
                if (majority != null) {
                    count[1]++;
                    if (majority.equals(own.getValue())) {
                        count[0]++;
                    }
                }
            }
        }
        Map<String, Proportion> result = new TreeMap<>();
        counts.forEach((annotator, count) -> result.put(annotator, Proportion.of(count[0], count[1])));
        return result;
    }

    /** The single most common value among the other annotators, or null when there is none. */
    private static <T> T majorityOfOthers(Map<String, T> ratings, String annotator) {
        Map<T, Integer> frequency = new HashMap<>();
        ratings.forEach((other, value) -> {
            if (!other.equals(annotator)) {
                frequency.merge(value, 1, Integer::sum);
            }
        });
        T best = null;
        int bestCount = 0;
        boolean unique = false;
        for (Map.Entry<T, Integer> entry : frequency.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
                unique = true;
            } else if (entry.getValue() == bestCount) {
                unique = false;
            }
        }
        return unique ? Objects.requireNonNull(best) : null;
    }
}
