package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Winogrande JSONL ({@code qID, sentence, option1, option2, answer}); the answer may be "2", 2 or "2.0". */
public final class WinograndeJsonlImporter implements Importer {

    static final Set<String> KEYS = Set.of("qID", "sentence", "option1", "option2", "answer");

    @Override
    public String id() {
        return "winogrande-jsonl";
    }

    @Override
    public String description() {
        return "Winogrande JSONL (qID, sentence, option1, option2, answer)";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        // Judge by the first record: a generic file that mixes kinds may hold Winogrande rows further down.
        String first = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading()
                .lines().findFirst().orElse("");
        return first.startsWith("{") && first.contains("\"option1\"") && first.contains("\"sentence\"") ? 70 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        BadRows bad = new BadRows(options.skipBadRows());
        String stem = WinograndeCsvImport.stem(file);
        String suffix = TranslationLanguage.suffixOf(stem);
        // A file named for a target language (or given --target-lang) holds translations of the English items.
        TranslationLanguage translated = TranslationLanguage.resolve(file, options.targetLang(), suffix, null);
        String collection = suffix == null ? stem : stem.substring(0, stem.length() - suffix.length() - 1);
        String sourceLang = project.settings().sourceLang();
        List<SourceImport.Read> items = new ArrayList<>();
        int[] row = {0};
        JsonLines.forEach(file, bad, line -> {
            Item item = item(file, line, collection, ++row[0], sourceLang);
            if (translated == null) {
                WinograndeBlank.check(file, line.line(), item.field("sentence"));
            }
            items.add(new SourceImport.Read(line.line(), item));
        });
        if (translated != null) {
            return TranslatedItemsImport.run(id(), project, file, translated, items, options, bad);
        }
        ImportSummary s = SourceImport.store(project, file, id(), items, options, bad, progress);
        return new ImportReport(id(), s, 0, 0, 0, 0, bad.list(), List.of());
    }

    private static Item item(Path file, JsonLines.Line l, String collection, int row, String sourceLang) {
        String qId = JsonLines.text(file, l, "qID");
        if (qId == null || qId.isBlank()) {
            throw new BadInputException(file, l.line(), "no qID");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : WinograndeColumns.FIELDS) {
            String v = JsonLines.text(file, l, f);
            if (v == null) {
                throw new BadInputException(file, l.line(), "no " + f);
            }
            fields.put(f, v);
        }
        JsonNode a = l.object().get("answer");
        String raw = a == null || a.isNull() ? "" : JsonLines.text(file, l, "answer");
        boolean unlabeled = AnswerKeys.unlabeled(raw);
        String answer = unlabeled ? null : AnswerKeys.option(raw);
        if (!unlabeled && answer == null) {
            throw new BadInputException(file, l.line(), "answer " + a + " is not 1 or 2 (or empty or 0 for an "
                    + "unlabeled item)");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        if (a != null) {
            meta.put(BenchmarkJsonRecords.ANSWER, a.toString());
        }
        JsonLines.keepRest(l.object(), KEYS, meta);
        return Item.of(qId.strip(), ItemKind.WINOGRANDE, sourceLang, collection, row, fields, answer, meta);
    }
}
