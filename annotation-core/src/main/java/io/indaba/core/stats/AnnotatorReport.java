package io.indaba.core.stats;

import io.indaba.core.stats.reliability.PickRate;
import io.indaba.core.stats.reliability.Proportion;

/**
 * How reliable one annotator is in one language.
 *
 * @param annotatorId              pseudonymous annotator id
 * @param votes                    the annotator's votes in this language, repeats included
 * @param majorityAgreement        units where their verdict equals the majority of the other annotators
 * @param intransitiveTriples      cyclic triples (x over y over z over x) among candidates of one item
 * @param swappedRepeatConsistency repeats shown in opposite positions that got the same verdict
 * @param leftPicks                position bias: decisive votes for the left response
 * @param longerPicks              length bias: decisive votes for the longer response
 */
public record AnnotatorReport(
        String annotatorId,
        int votes,
        Proportion majorityAgreement,
        Proportion intransitiveTriples,
        Proportion swappedRepeatConsistency,
        PickRate leftPicks,
        PickRate longerPicks) {
}
