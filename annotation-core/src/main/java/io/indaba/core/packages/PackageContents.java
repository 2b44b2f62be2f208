package io.indaba.core.packages;

import java.nio.file.Path;

/** What an exported annotator package holds. */
public record PackageContents(Path file, String annotatorId, long items, long candidates, long judgements,
                              boolean assignedByLanguage) {
}
