package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** MMLU in the Hugging Face JSONL layout; with {@code --lang} the translated question and choices. */
public final class MmluHfExporter implements Exporter {

    private static final List<String> KEYS = List.of("question", "subject", "choices", "answer");

    @Override
    public String id() {
        return "mmlu-hf";
    }

    @Override
    public String description() {
        return "MMLU Hugging Face JSONL (question, subject, choices, answer 0-3)";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        ExportText text = new ExportText(project, options.lang(), progress);
        return BenchmarkJsonRecords.export(id(), project, options, ItemKind.MCQ, text, KEYS, item -> values(item, text));
    }

    private static Map<String, JsonNode> values(Item item, ExportText text) {
        Map<String, String> fields = text.fields(item);
        Map<String, JsonNode> v = new LinkedHashMap<>();
        v.put("question", TextNode.valueOf(fields.getOrDefault("question", "")));
        v.put("subject", TextNode.valueOf(item.meta().getOrDefault("subject", item.collection())));
        List<String> choices = new ArrayList<>();
        for (String letter : List.of("A", "B", "C", "D")) {
            choices.add(fields.getOrDefault(letter, ""));
        }
        if ("python".equals(item.meta().get("choices.style"))) {
            v.put("choices", TextNode.valueOf(literal(item, choices)));
        } else {
            ArrayNode a = Json.MAPPER.createArrayNode();
            choices.forEach(a::add);
            v.put("choices", a);
        }
        JsonNode index = item.answer() == null ? null : IntNode.valueOf(item.answer().charAt(0) - 'A');
        JsonNode answer = BenchmarkJsonRecords.answer(item, raw -> AnswerKeys.letter(raw) != null ? AnswerKeys.letter(raw)
                : AnswerKeys.letterFromIndex(raw), index);
        if (answer != null) {
            v.put("answer", answer);
        }
        return v;
    }

    /** The original literal while it still says the same; a changed or translated list is written as repr. */
    private static String literal(Item item, List<String> choices) {
        String original = item.meta().get(BenchmarkJsonRecords.CHOICES);
        if (original != null) {
            try {
                if (PythonList.parse(original).equals(choices)) {
                    return original;
                }
            } catch (IllegalArgumentException e) {
                // stored text no longer parses: write it afresh
            }
        }
        return PythonList.repr(choices);
    }
}
