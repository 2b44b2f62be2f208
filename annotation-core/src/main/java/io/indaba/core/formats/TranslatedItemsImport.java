package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.store.EventLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file laid out like the English source but holding a translation (a per-language delivery, or any file given
 * {@code --target-lang}): its rows attach as translations of the English items and never replace them.
 */
final class TranslatedItemsImport {

    private TranslatedItemsImport() {
    }

    /** Attaches each read item's fields as {@code lang} translations of the stored item with its id (or position). */
    static ImportReport run(String format, Project project, Path file, TranslationLanguage lang,
                            List<SourceImport.Read> reads, ImportOptions options, BadRows bad) {
        List<TranslatedRow> rows = new ArrayList<>(reads.size());
        Set<String> collections = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (SourceImport.Read r : reads) {
            Item item = r.item();
            if (!seen.add(item.externalId())) {
                bad.add(new BadInputException(file, r.line(), "duplicate id '" + item.externalId() + "'"));
                continue;
            }
            collections.add(item.collection());
            rows.add(new TranslatedRow(r.line(), item.externalId(), item.collection(), item.position(),
                    item.fields(), item.answer(), Map.of()));
        }
        long saved = project.database().write(c -> {
            long n = new TranslationAttacher(file, lang.tag(), lang.origin(), options, bad).attach(c, rows);
            EventLog.append(c, options.actor(), "translations.imported", "item", null, Map.of("format", format,
                    "file", file.getFileName().toString(), "lang", lang.tag(), "saved", n));
            return n;
        });
        return new ImportReport(format, new ImportSummary(0, 0, 0), saved, 0, 0, 0, bad.list(),
                List.of(lang.tag() + " translations of " + String.join(", ", collections)));
    }
}
