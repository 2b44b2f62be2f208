package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.ItemQuery;
import io.indaba.core.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MMLU CSV, one headerless file per subject and split named as the originals ({@code virology_dev.csv}; with
 * {@code --lang am} the translation as {@code virology_dev_am.csv}, for the collections with any translation into
 * that language) in the {@code --out} folder, each in the dialect its items were imported from.
 */
public final class MmluCsvExporter implements Exporter {

    @Override
    public String id() {
        return "mmlu-csv";
    }

    @Override
    public String description() {
        return "MMLU CSV, one <subject>_<split>[_<lang>].csv per collection into the --out folder";
    }

    @Override
    public boolean writesFolder() {
        return true;
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out (a folder) is required");
        }
        String lang = options.lang();
        ExportText text = new ExportText(project, lang, progress);
        List<Path> files = new ArrayList<>();
        for (String collection : project.items().collections()) {
            List<Item> first = project.items().page(new ItemQuery(ItemKind.MCQ, collection, null), 0, 1);
            // A language export writes only the collections that language has reached, not English copies.
            if (first.isEmpty() || (lang != null
                    && !project.database().read(c -> StoredItems.hasTranslations(c, collection, lang)))) {
                continue;
            }
            String name = (collection.isEmpty() ? "items" : collection)
                    + (lang == null ? "" : "_" + TranslationLanguage.fileSuffix(lang)) + ".csv";
            Path target = options.out().resolve(name);
            Map<String, String> firstMeta = first.getFirst().meta();
            CsvDialect dialect = LayoutMeta.dialect(firstMeta, lang);
            try {
                AtomicFile.write(target, out -> {
                    try (CsvRecordWriter w = new CsvRecordWriter(out, dialect)) {
                        List<String> header = LayoutMeta.header(firstMeta, lang);
                        if (header != null) {
                            w.write(header, null, null);
                        }
                        project.items().forEach(collection, item -> {
                            if (item.kind() == ItemKind.MCQ) {
                                write(w, item, text.fields(item), lang);
                            }
                        });
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(),
                        e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
            }
            files.add(target);
        }
        return new ExportReport(id(), files, text.records(), text.notes());
    }

    private static void write(CsvRecordWriter w, Item item, Map<String, String> fields, String lang) {
        List<String> values = new ArrayList<>(6);
        for (String f : MmluCsvParser.FIELDS) {
            values.add(fields.getOrDefault(f, ""));
        }
        values.add(LayoutMeta.answerRaw(item.meta(), lang, item.answer() == null ? "" : item.answer()));
        try {
            w.write(values, LayoutMeta.quoting(item.meta(), lang), LayoutMeta.eol(item.meta(), lang));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
