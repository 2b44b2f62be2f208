package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes benchmark items as JSONL records in the key order and with the extra keys they were imported with, so an
 * untouched item comes back field for field.
 */
final class BenchmarkJsonRecords {

    /** The answer exactly as the JSON file held it (e.g. {@code 2}, {@code "C"}, {@code "2.0"}). */
    static final String ANSWER = "json.answer";
    /** A {@code choices} list that the file wrote as a string literal, verbatim. */
    static final String CHOICES = "json.choices";

    private BenchmarkJsonRecords() {
    }

    /**
     * Exports every item of {@code kind}: {@code standard} gives each item's values for the format's own keys (in
     * the language of {@code text}); the stored key order and extra keys are applied on top.
     */
    static ExportReport export(String format, Project project, ExportOptions options, ItemKind kind,
                               ExportText text, List<String> defaultKeys,
                               Function<Item, Map<String, JsonNode>> standard) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out is required");
        }
        try {
            AtomicFile.write(options.out(), out -> project.items().forEach(null, item -> {
                if (item.kind() != kind) {
                    return;
                }
                ObjectNode o = record(item, defaultKeys, standard.apply(item));
                try {
                    out.write(Json.MAPPER.writeValueAsString(o).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(), e);
        }
        return new ExportReport(format, List.of(options.out()), text.records(), text.notes());
    }

    private static ObjectNode record(Item item, List<String> defaultKeys, Map<String, JsonNode> values) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        for (String key : keys(item, defaultKeys)) {
            JsonNode v = values.get(key);
            if (v == null) {
                v = extra(item, key);
            }
            if (v != null) {
                o.set(key, v);
            }
        }
        for (Map.Entry<String, JsonNode> e : values.entrySet()) {
            if (!o.has(e.getKey())) {
                o.set(e.getKey(), e.getValue());
            }
        }
        return o;
    }

    private static List<String> keys(Item item, List<String> defaultKeys) {
        String stored = item.meta().get("json.keys");
        if (stored == null) {
            return defaultKeys;
        }
        try {
            return Json.MAPPER.readValue(stored, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return defaultKeys;
        }
    }

    private static JsonNode extra(Item item, String key) {
        String raw = item.meta().get("json:" + key);
        if (raw == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The stored JSON answer when it still means the item's answer, else {@code fallback}. */
    static JsonNode answer(Item item, Function<String, String> canonical, JsonNode fallback) {
        String raw = item.meta().get(ANSWER);
        if (raw != null) {
            try {
                JsonNode n = Json.MAPPER.readTree(raw);
                if (n != null && !n.isContainerNode() && item.answer() != null
                        && item.answer().equals(canonical.apply(n.asText()))) {
                    return n;
                }
            } catch (JsonProcessingException e) {
                // fall through to the canonical answer
            }
        }
        return fallback;
    }
}
