package io.indaba.core.formats;

import io.indaba.core.item.ImportSummary;
import java.util.List;

/** What an import added, and the rows it skipped (only with {@code --skip-bad-rows}). */
public record ImportReport(String format, ImportSummary items, long translations, long candidates, long judgements,
                           long tmEntries, List<BadRow> skipped, List<String> notes) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
