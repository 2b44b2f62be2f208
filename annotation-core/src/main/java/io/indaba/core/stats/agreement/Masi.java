package io.indaba.core.stats.agreement;

import java.util.HashSet;
import java.util.Set;

/**
 * The MASI distance between two sets of labels (Passonneau 2006): 1 - J * M, with J the Jaccard index |A∩B| / |A∪B|
 * and M the monotonicity weight: 1 when the sets are equal, 2/3 when one contains the other, 1/3 when they only
 * overlap, 0 when disjoint. NLTK writes M as 0.67 and 0.33; this uses the exact thirds. In alpha it is used as
 * delta itself, not squared, as Passonneau and NLTK do.
 */
public final class Masi {

    private Masi() {
    }

    /** The distance, 0 for equal sets (two empty sets included) and 1 for disjoint ones. */
    public static double distance(Set<?> a, Set<?> b) {
        if (a.equals(b)) {
            return 0;
        }
        Set<Object> common = new HashSet<>(a);
        common.retainAll(b);
        if (common.isEmpty()) {
            return 1;
        }
        Set<Object> union = new HashSet<>(a);
        union.addAll(b);
        double jaccard = (double) common.size() / union.size();
        double monotonicity = a.containsAll(b) || b.containsAll(a) ? 2.0 / 3 : 1.0 / 3;
        return 1 - jaccard * monotonicity;
    }
}
