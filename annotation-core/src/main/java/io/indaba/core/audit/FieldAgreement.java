package io.indaba.core.audit;

import java.util.Map;

/**
 * Agreement on one taxonomy field in one language. {@code alpha} is nominal or ordinal by field type, with a bootstrap
 * interval; {@code ac} is Gwet's AC1 (AC2 with ordinal weights for an ordinal field). For a multiple-choice field,
 * {@code alphaPerValue} (each value as yes/no) is the main figure and {@code alpha} uses the MASI distance. Abstentions
 * are counted apart and are not values.
 */
public record FieldAgreement(String field, String type, String metric, int units, int pairableUnits, long answers,
                             Map<String, Long> abstentions, Map<String, Long> distribution, double observedAgreement,
                             String mostCommon, double mostCommonShare, double alpha, double alphaLow,
                             double alphaHigh, String acName, double ac, Map<String, Double> alphaPerValue) {
}
