package io.indaba.core.formats;

import io.indaba.core.base.BadRow;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.translate.TranslationChange;
import java.util.List;

/**
 * What an import added, the rows it skipped (only with {@code --skip-bad-rows}), the stored translations it
 * replaced ({@code changed}) and whether it was a dry run that kept nothing.
 */
public record ImportReport(String format, ImportSummary items, long translations, long candidates, long judgements,
                           long tmEntries, List<BadRow> skipped, List<String> notes, List<TranslationChange> changed,
                           boolean dryRun) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        changed = List.copyOf(changed);
    }

    /** A report before its changed translations are known. */
    public ImportReport(String format, ImportSummary items, long translations, long candidates, long judgements,
                        long tmEntries, List<BadRow> skipped, List<String> notes) {
        this(format, items, translations, candidates, judgements, tmEntries, skipped, notes, List.of(), false);
    }

    /** The same report with the translations it replaced. */
    public ImportReport withChanges(List<TranslationChange> changes, boolean dry) {
        return new ImportReport(format, items, translations, candidates, judgements, tmEntries, skipped, notes,
                changes, dry);
    }
}
