package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.Progress;
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
        String text = new String(head, StandardCharsets.UTF_8);
        return text.stripLeading().replace("\uFEFF", "").startsWith("{") && text.contains("\"option1\"")
                && text.contains("\"sentence\"") ? 70 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        if (options.targetLang() != null) {
            throw new IllegalArgumentException("winogrande-jsonl imports English items; translations come as "
                    + "bilingual-csv or xliff");
        }
        BadRows bad = new BadRows(options.skipBadRows());
        String collection = WinograndeCsvImport.stem(file);
        String sourceLang = project.settings().sourceLang();
        List<SourceImport.Read> items = new ArrayList<>();
        int[] row = {0};
        JsonLines.forEach(file, bad, line -> items.add(new SourceImport.Read(line.line(),
                item(file, line, collection, ++row[0], sourceLang))));
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
        String answer = raw.isBlank() ? null : AnswerKeys.option(raw);
        if (!raw.isBlank() && answer == null) {
            throw new BadInputException(file, l.line(), "answer " + a + " is not 1 or 2");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        if (a != null) {
            meta.put(BenchmarkJsonRecords.ANSWER, a.toString());
        }
        JsonLines.keepRest(l.object(), KEYS, meta);
        return Item.of(qId.strip(), ItemKind.WINOGRANDE, sourceLang, collection, row, fields, answer, meta);
    }
}
