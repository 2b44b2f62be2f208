package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.store.EventLog;
import io.indaba.core.text.StrictText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MMLU's original CSV ({@code question,A,B,C,D,answer}, no header) named {@code <subject>_<split>[_<lang>].csv}.
 * An English file adds items; a translated file ({@code --lang} or a language suffix) attaches its rows to them.
 */
public final class MmluCsvImporter implements Importer {

    @Override
    public String id() {
        return "mmlu-csv";
    }

    @Override
    public String description() {
        return "MMLU CSV <subject>_<split>[_<lang>].csv (question,A,B,C,D,answer); a language suffix or --lang "
                + "attaches translations";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv")) {
            return 0;
        }
        try {
            MmluFileName.parse(file);
        } catch (BadInputException e) {
            return 0;
        }
        String text = new String(head, StrictText.encodingOf(head).charset());
        return text.contains("qID") ? 0 : 60;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        MmluFileName name = MmluFileName.parse(file);
        TranslationLanguage lang = TranslationLanguage.resolve(file, options.targetLang(), name.lang(), null);
        CsvFile csv = CsvFile.read(file);
        BadRows bad = new BadRows(options.skipBadRows());
        List<McqRow> rows = MmluCsvParser.rows(csv, lang == null ? null : lang.tag(), bad);
        if (lang == null) {
            return importSource(project, file, name, rows, options, bad, progress);
        }
        List<TranslatedRow> translated = new ArrayList<>(rows.size());
        for (McqRow r : rows) {
            translated.add(new TranslatedRow(r.line(), MmluFileName.externalId(name.collection(), r.row()),
                    name.collection(), r.row(), r.fields(), r.answer(), r.layout()));
        }
        long saved = project.database().write(c -> {
            long n = new TranslationAttacher(file, lang.tag(), lang.origin(), options, bad).attach(c, translated);
            EventLog.append(c, options.actor(), "translations.imported", "item", null, Map.of("format", id(),
                    "file", file.getFileName().toString(), "lang", lang.tag(), "saved", n));
            return n;
        });
        return new ImportReport(id(), new ImportSummary(0, 0, 0), saved, 0, 0, 0, bad.list(),
                List.of(lang.tag() + " translation of " + name.collection()));
    }

    private ImportReport importSource(Project project, Path file, MmluFileName name, List<McqRow> rows,
                                      ImportOptions options, BadRows bad, Progress progress) {
        String sourceLang = project.settings().sourceLang();
        List<SourceImport.Read> items = new ArrayList<>(rows.size());
        for (McqRow r : rows) {
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("subject", name.subject());
            meta.put("split", name.split());
            meta.putAll(r.layout());
            items.add(new SourceImport.Read(r.line(), Item.of(MmluFileName.externalId(name.collection(), r.row()),
                    ItemKind.MCQ, sourceLang, name.collection(), r.row(), r.fields(), r.answer(), meta)));
        }
        ImportSummary summary = SourceImport.store(project, file, id(), items, options, bad, progress);
        return new ImportReport(id(), summary, 0, 0, 0, 0, bad.list(), List.of());
    }
}
