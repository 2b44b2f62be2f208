package io.indaba.app.stats;

import io.indaba.core.stats.ReliabilityWarning;
import java.util.Set;

/**
 * One annotator's reliability, formatted for the table, with the warnings that make the row stand out.
 *
 * @param warningText the warnings in words, empty when there are none
 */
public record AnnotatorRow(String annotatorId, int votes, String majorityAgreement, String intransitiveTriples,
                           String swappedRepeats, String leftPicks, String longerPicks,
                           Set<ReliabilityWarning> warnings, String warningText) {

    public AnnotatorRow {
        warnings = Set.copyOf(warnings);
    }

    /** Whether a project lead should look at this annotator. */
    public boolean flagged() {
        return !warnings.isEmpty();
    }
}
