package io.indaba.core.audit;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;

/**
 * Agreement on one taxonomy field in one language. {@code alpha} is nominal or ordinal by field type, with a bootstrap
 * interval; {@code ac} is Gwet's AC1 (AC2 with ordinal weights for an ordinal field). For a multiple-choice field,
 * {@code alphaPerValue} (each value as yes/no) is the main figure and {@code alpha} uses the MASI distance. Abstentions
 * are counted apart and are not values.
 */
public record FieldAgreement(
        String field, String type, String metric, int units, int pairableUnits, long answers,
        Map<String, Long> abstentions, Map<String, Long> distribution,
        @JsonSerialize(using = NanAsNull.class) double observedAgreement,
        String mostCommon,
        @JsonSerialize(using = NanAsNull.class) double mostCommonShare,
        @JsonSerialize(using = NanAsNull.class) double alpha,
        @JsonSerialize(using = NanAsNull.class) double alphaLow,
        @JsonSerialize(using = NanAsNull.class) double alphaHigh,
        String acName,
        @JsonSerialize(using = NanAsNull.class) double ac,
        @JsonSerialize(contentUsing = NanAsNull.class) Map<String, Double> alphaPerValue) {
}
