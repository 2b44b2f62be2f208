package io.indaba.app.team;

import io.indaba.app.stats.LanguageChoice;

/** Progress of one language as shown: the language, the share done and a line saying what it counts. */
public record ProgressRow(LanguageChoice language, double share, String text) {
}
