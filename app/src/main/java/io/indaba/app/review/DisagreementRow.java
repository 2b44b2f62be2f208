package io.indaba.app.review;

import io.indaba.core.prefer.Disagreement;

/** One pair with disagreement as the review list shows it: the item, the split of verdicts, and its standing. */
public record DisagreementRow(Disagreement disagreement, String label) {

    /** Whether this row shows the same pair of the same item as {@code other}. */
    public boolean samePair(DisagreementRow other) {
        return other != null && disagreement.itemId() == other.disagreement.itemId()
                && disagreement.candidateA() == other.disagreement.candidateA()
                && disagreement.candidateB() == other.disagreement.candidateB();
    }

    @Override
    public String toString() {
        return label;
    }
}
