package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Winogrande JSONL ({@code qID, sentence, option1, option2, answer}); with {@code --lang} the translated text. */
public final class WinograndeJsonlExporter implements Exporter {

    private static final List<String> KEYS = List.of("qID", "sentence", "option1", "option2", "answer");

    @Override
    public String id() {
        return "winogrande-jsonl";
    }

    @Override
    public String description() {
        return "Winogrande JSONL (qID, sentence, option1, option2, answer)";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        ExportText text = new ExportText(project, options.lang(), progress);
        return BenchmarkJsonRecords.export(id(), project, options, ItemKind.WINOGRANDE, text, KEYS,
                item -> values(item, text));
    }

    private static Map<String, JsonNode> values(Item item, ExportText text) {
        Map<String, String> fields = text.fields(item);
        Map<String, JsonNode> v = new LinkedHashMap<>();
        v.put("qID", TextNode.valueOf(item.externalId()));
        for (String f : WinograndeColumns.FIELDS) {
            v.put(f, TextNode.valueOf(fields.getOrDefault(f, "")));
        }
        v.put("answer", item.answer() == null ? unlabeled(item)
                : BenchmarkJsonRecords.answer(item, AnswerKeys::option, TextNode.valueOf(item.answer())));
        return v;
    }

    /** An unlabeled item's answer as the file wrote it ({@code 0}, {@code "0"}, {@code ""}); empty otherwise. */
    private static JsonNode unlabeled(Item item) {
        String raw = item.meta().get(BenchmarkJsonRecords.ANSWER);
        try {
            JsonNode n = raw == null ? null : Json.MAPPER.readTree(raw);
            if (n != null && (n.isNull() || n.isValueNode() && AnswerKeys.unlabeled(n.asText()))) {
                return n;
            }
        } catch (JsonProcessingException e) {
            // not JSON after all: the canonical empty answer
        }
        return TextNode.valueOf("");
    }
}
