package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.project.Project;
import io.indaba.core.store.EventLog;
import io.indaba.core.text.StrictText;
import io.indaba.core.translate.MemoryEntries;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** TMX 1.4b into the project's translation memory ({@code tm_entry}); pairs already stored are not added twice. */
public final class TmxImporter implements Importer {

    @Override
    public String id() {
        return "tmx";
    }

    @Override
    public String description() {
        return "TMX 1.4b translation memory (UTF-8 or UTF-16) into the project's memory";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        String text = new String(head, StrictText.encodingOf(head).charset()).replace("\u0000", "");
        if (text.contains("<tmx")) {
            return 90;
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx") ? 30 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        BadRows bad = new BadRows(options.skipBadRows());
        List<TmxReader.Read> entries = TmxReader.read(file, project.settings().sourceLang(), bad);
        String only = options.targetLang();
        long added = project.database().write(c -> {
            long n = 0;
            for (TmxReader.Read e : entries) {
                if (only == null || e.entry().targetLang().equalsIgnoreCase(only)) {
                    n += MemoryEntries.insertIfNew(c, e.entry()) ? 1 : 0;
                }
            }
            EventLog.append(c, options.actor(), "tm.imported", "tm", null, Map.of("format", id(),
                    "file", file.getFileName().toString(), "added", n, "read", entries.size()));
            return n;
        });
        List<String> notes = added == entries.size() ? List.of()
                : List.of((entries.size() - added) + " entries were already in the memory or in another language");
        return new ImportReport(id(), new ImportSummary(0, 0, 0), 0, 0, 0, added, bad.list(), notes);
    }
}
