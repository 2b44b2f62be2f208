package io.indaba.core.stats;

import java.util.List;

/**
 * Preference statistics of a set of votes, one entry per language; plain records meant for Jackson.
 *
 * @param votes     votes read
 * @param options   the settings that produced this report
 * @param languages one report per language, by tag
 */
public record StatsReport(int votes, StatsOptions options, List<LanguageReport> languages) {

    public StatsReport {
        languages = List.copyOf(languages);
    }
}
