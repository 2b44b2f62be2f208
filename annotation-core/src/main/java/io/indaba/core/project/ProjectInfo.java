package io.indaba.core.project;

import java.util.Map;

/**
 * A summary of a project for {@code indaba info} and the overview screen.
 *
 * @param itemsByKind item counts by kind code
 * @param languages per-language counts: translations (by status), candidates, judgements, audits
 * @param unlabeledByKind items without an answer key by kind code (only kinds that have answers, only non-zero)
 */
public record ProjectInfo(String file, String name, int schemaVersion, String sourceLang, long items,
                          Map<String, Long> itemsByKind, Map<String, LanguageCounts> languages,
                          Map<String, Long> unlabeledByKind) {

    /** Counts for one language. */
    public record LanguageCounts(String tag, String displayName, boolean target, long translations,
                                 Map<String, Long> translationsByStatus, long finishedTranslations,
                                 long candidates, long judgements, long audits) {
    }
}
