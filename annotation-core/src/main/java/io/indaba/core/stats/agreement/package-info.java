/** Inter-annotator agreement: Krippendorff's alpha, Fleiss' and Cohen's kappa and raw agreement over a rating table. */
package io.indaba.core.stats.agreement;
