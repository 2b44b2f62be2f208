package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The import shared by {@code winogrande-csv} and {@code bilingual-csv}: items from the English columns, and in a
 * bilingual file the target columns as imported translations of the same items, all in one transaction.
 */
final class WinograndeCsvImport {

    private WinograndeCsvImport() {
    }

    static ImportReport run(String format, boolean readTarget, Project project, Path file, ImportOptions options,
                            Progress progress) {
        CsvFile csv = CsvFile.read(file);
        WinograndeColumns cols = WinograndeCsvParser.columns(csv);
        String stem = stem(file);
        String suffix = TranslationLanguage.suffixOf(stem);
        TranslationLanguage lang = null;
        List<String> notes = new ArrayList<>();
        if (readTarget) {
            if (!cols.bilingual()) {
                throw new BadInputException(file, 1, "no target-language columns (<Lang> Sentence, <Lang> Option 1, "
                        + "<Lang> Option 2); import it as winogrande-csv");
            }
            lang = resolve(file, options, suffix, cols);
        } else if (cols.bilingual()) {
            notes.add("ignored the " + cols.targetLanguage() + " columns; import as bilingual-csv to keep them");
        }
        // A one-language file named for a target language (or given --target-lang) is a translation, not new source.
        TranslationLanguage monolingual = readTarget || cols.bilingual() ? null
                : TranslationLanguage.resolve(file, options.targetLang(), suffix, null);
        String collection = suffix == null ? stem : stem.substring(0, stem.length() - suffix.length() - 1);
        BadRows bad = new BadRows(options.skipBadRows());
        List<WinograndeRow> rows = WinograndeCsvParser.rows(csv, cols, lang == null ? null : lang.tag(), bad);
        String sourceLang = project.settings().sourceLang();
        List<SourceImport.Read> items = new ArrayList<>(rows.size());
        List<TranslatedRow> translated = new ArrayList<>(rows.size());
        if (monolingual != null) {
            for (WinograndeRow r : rows) {
                items.add(new SourceImport.Read(r.line(), Item.of(r.qId(), ItemKind.WINOGRANDE,
                        monolingual.tag(), collection, r.row(), r.fields(), r.answer(), Map.of())));
            }
            return TranslatedItemsImport.run(format, project, file, monolingual, items, options, bad);
        }
        for (WinograndeRow r : rows) {
            try {
                WinograndeBlank.check(file, r.line(), r.fields().get("sentence"));
            } catch (BadInputException e) {
                bad.add(e);
                continue;
            }
            items.add(new SourceImport.Read(r.line(), Item.of(r.qId(), ItemKind.WINOGRANDE, sourceLang, collection,
                    r.row(), r.fields(), r.answer(), r.meta())));
            if (r.translated() != null) {
                translated.add(new TranslatedRow(r.line(), r.qId(), collection, r.row(), r.translated(), null,
                        r.targetLayout()));
            }
        }
        TranslationLanguage target = lang;
        SourceImport.Stored stored = SourceImport.store(project, file, format, items, options, bad, progress,
                c -> target == null ? 0L : new TranslationAttacher(file, target.tag(), target.origin(), "id",
                        options.actor(), bad).attach(c, translated));
        if (target != null) {
            notes.add(target.tag() + " translations of " + collection);
        }
        return new ImportReport(format, stored.items(), stored.translations(), 0, 0, 0, bad.list(), notes);
    }

    /** The target language; the file name and the header must not contradict each other. */
    private static TranslationLanguage resolve(Path file, ImportOptions options, String suffix,
                                               WinograndeColumns cols) {
        if (options.targetLang() == null && suffix != null) {
            String named = TranslationLanguage.fromName(file, cols.targetLanguage());
            if (!named.equals(suffix)) {
                throw new BadInputException(file, 1, "the file name says '" + suffix + "' but the header names "
                        + cols.targetLanguage() + " (" + named + "); pass --target-lang");
            }
        }
        return TranslationLanguage.resolve(file, options.targetLang(), suffix, cols.targetLanguage());
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
