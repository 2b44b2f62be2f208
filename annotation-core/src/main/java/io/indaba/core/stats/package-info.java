/**
 * Preference statistics for a project: agreement per language, Bradley-Terry model ratings and annotator
 * reliability, computed from plain vote records by {@link io.indaba.core.stats.PreferenceStatistics}.
 *
 * <p>Sub-packages hold the pure mathematics ({@code agreement}, {@code ranking}, {@code reliability}) and the
 * input records ({@code vote}); none of them knows the store, the CLI or the UI.
 */
package io.indaba.core.stats;
