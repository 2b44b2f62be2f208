package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.SqlWork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stores parsed source items in one transaction and logs the import: all of them or none. */
final class SourceImport {

    /** An item with the line it was read from. */
    record Read(long line, Item item) {
    }

    private SourceImport() {
    }

    /** Checks ids are unique, then upserts every item in one write transaction. */
    static ImportSummary store(Project project, Path file, String format, List<Read> items, ImportOptions options,
                               BadRows bad, Progress progress) {
        return store(project, file, format, items, options, bad, progress, c -> 0L).items();
    }

    /** What a combined import stored. */
    record Stored(ImportSummary items, long translations) {
    }

    /**
     * Upserts the items and then runs {@code then} (attaching a bilingual file's translations) in the same
     * transaction, so a failure in either keeps nothing.
     */
    static Stored store(Project project, Path file, String format, List<Read> items, ImportOptions options,
                        BadRows bad, Progress progress, SqlWork<Long> then) {
        Set<String> seen = new HashSet<>();
        List<Item> unique = new ArrayList<>(items.size());
        for (Read r : items) {
            if (seen.add(r.item().externalId())) {
                unique.add(r.item());
            } else {
                // Two rows with one id would silently overwrite each other in the upsert.
                bad.add(new BadInputException(file, r.line(), "duplicate id '" + r.item().externalId() + "'"));
            }
        }
        Map<String, Long> lines = new java.util.HashMap<>();
        items.forEach(r -> lines.putIfAbsent(r.item().externalId(), r.line()));
        return project.database().write(c -> {
            ImportSummary s = SourceConflicts.importAll(c, file, unique.iterator(),
                    id -> lines.getOrDefault(id, 0L), options, progress);
            long translations = then.run(c);
            EventLog.append(c, options.actor(), "items.imported", "item", null, Map.of("format", format,
                    "file", file.getFileName().toString(), "added", s.added(), "changed", s.changed(),
                    "unchanged", s.unchanged(), "translations", translations, "skipped", bad.list().size()));
            return new Stored(s, translations);
        });
    }
}
