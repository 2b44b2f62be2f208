package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.ItemQuery;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Translation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The export shared by {@code winogrande-csv} (English columns) and {@code bilingual-csv} (English and target
 * columns): one file of every Winogrande item, in the column order, header and dialect the items came with.
 */
final class WinograndeCsvExport {

    private static final Map<String, String> DEFAULT_HEADER = Map.of("id", "qID", "sentence", "English Sentence",
            "option1", "English Option 1", "option2", "English Option 2", "answer", "Answer", "split", "Split");

    private WinograndeCsvExport() {
    }

    static ExportReport run(String format, Project project, ExportOptions options, String lang, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out is required");
        }
        List<Item> first = project.items().page(new ItemQuery(ItemKind.WINOGRANDE, null, null), 0, 1);
        if (first.isEmpty()) {
            throw new IllegalArgumentException("the project has no Winogrande items");
        }
        Map<String, String> meta = first.getFirst().meta();
        List<String> roles = WinograndeCsvParser.storedRoles(meta, lang);
        List<String> header = LayoutMeta.header(meta, lang);
        if (header == null || header.size() != roles.size()) {
            header = defaultHeader(roles, lang);
        }
        CsvDialect dialect = LayoutMeta.dialect(meta, lang);
        long[] counts = new long[2];
        List<String> columns = header;
        try {
            AtomicFile.write(options.out(), out -> {
                try (CsvRecordWriter w = new CsvRecordWriter(out, dialect)) {
                    w.write(columns, null, null);
                    project.items().forEach(null, item -> {
                        if (item.kind() != ItemKind.WINOGRANDE) {
                            return;
                        }
                        if (++counts[0] % 1024 == 0 && progress.cancelled()) {
                            throw new io.indaba.core.Cancelled();
                        }
                        Map<String, Translation> tr = lang == null ? Map.of()
                                : project.translations().forItem(item.id(), lang);
                        try {
                            w.write(values(item, roles, columns, tr, lang, counts), LayoutMeta.quoting(item.meta(), lang),
                                    LayoutMeta.eol(item.meta(), lang));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(), e);
        }
        List<String> notes = counts[1] == 0 ? List.of()
                : List.of(counts[1] + " fields have no " + lang + " translation yet; left empty");
        return new ExportReport(format, List.of(options.out()), counts[0], notes);
    }

    private static List<String> values(Item item, List<String> roles, List<String> header,
                                       Map<String, Translation> tr, String lang, long[] counts) {
        List<String> values = new ArrayList<>(roles.size());
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            values.add(switch (role) {
                case "id" -> item.externalId();
                case "answer" -> LayoutMeta.answerRaw(item.meta(), lang, item.answer() == null ? "" : item.answer());
                case "split" -> item.meta().getOrDefault("split", "");
                case "" -> item.meta().getOrDefault(WinograndeCsvParser.EXTRA + header.get(i), "");
                default -> {
                    if (!role.startsWith("t.")) {
                        yield item.field(role);
                    }
                    Translation t = tr.get(role.substring(2));
                    if (t == null) {
                        counts[1]++;
                    }
                    yield t == null ? "" : t.text();
                }
            });
        }
        return values;
    }

    private static List<String> defaultHeader(List<String> roles, String lang) {
        String name = lang == null ? "" : LanguageTags.displayName(TranslationLanguage.fileSuffix(lang));
        List<String> header = new ArrayList<>();
        for (String role : roles) {
            header.add(switch (role) {
                case "t.sentence" -> name + " Sentence";
                case "t.option1" -> name + " Option 1";
                case "t.option2" -> name + " Option 2";
                default -> DEFAULT_HEADER.getOrDefault(role, role);
            });
        }
        return header;
    }
}
