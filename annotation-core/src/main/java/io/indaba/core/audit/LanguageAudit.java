package io.indaba.core.audit;

import java.util.List;
import java.util.Map;

/**
 * The audit statistics of one language: agreement per field, derived label counts (CS, CA, appropriate, adapted) over
 * all items and per subject, open disagreements and each reviewer's agreement with the majority.
 */
public record LanguageAudit(String lang, int items, List<String> reviewers, List<FieldAgreement> fields,
                            Map<String, Long> labels, Map<String, Map<String, Long>> labelsBySubject,
                            Map<String, Double> reviewerAgreementWithMajority) {
}
