package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * UltraFeedback rows: {@code instruction} (or {@code prompt}) and {@code completions}, each with {@code response},
 * {@code model} and its ratings ({@code annotations}, {@code fine-grained_score}, {@code overall_score},
 * {@code critique}, ...), all kept as candidate metadata. Other columns ({@code source}, {@code models},
 * {@code correct_answers}, ...) become item metadata. With {@code --map judgement=true} the completions ordered
 * by {@code overall_score} (equal scores tie) are also a judgement by annotator "imported".
 */
public final class UltraFeedbackImporter extends PreferenceImporter {

    private static final Set<String> OWN = Set.of("instruction", "prompt", "completions", "id", "prompt_id", "lang");

    @Override
    public String id() {
        return "ultrafeedback";
    }

    @Override
    public String description() {
        return "UltraFeedback: instruction + completions with model, response and ratings";
    }

    @Override
    int confidence(Set<String> keys) {
        return keys.contains("completions") && (keys.contains("instruction") || keys.contains("prompt")) ? 65 : 0;
    }

    @Override
    PromptRecord read(JsonRow row, Defaults defaults) {
        String lang = row.lang("lang");
        lang = lang == null ? defaults.promptLang() : lang;
        String prompt = row.requiredText(row.has("instruction") ? "instruction" : "prompt");
        JsonNode list = row.node("completions");
        if (!(list instanceof ArrayNode completions)) {
            throw row.bad(list == null ? "'completions' is missing"
                    : "'completions' must be a list, found " + JsonRow.kind(list));
        }
        String responseLang = defaults.responseLang() == null ? lang : defaults.responseLang();
        List<PromptRecord.Response> responses = new ArrayList<>(completions.size());
        List<Double> scores = new ArrayList<>(completions.size());
        for (int i = 0; i < completions.size(); i++) {
            String where = "completion " + (i + 1);
            responses.add(row.response(where, completions.get(i), responseLang, "response", "text"));
            JsonNode c = completions.get(i);
            scores.add(c.isObject() ? row.number(c.get("overall_score"), where + " overall_score") : null);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        row.object().fields().forEachRemaining(e -> {
            if (!OWN.contains(e.getKey()) && !e.getValue().isNull()) {
                meta.put(e.getKey(), JsonRow.metaText(e.getValue()));
            }
        });
        String id = row.text(row.has("prompt_id") ? "prompt_id" : "id");
        if (id == null || id.isBlank()) {
            id = PromptStore.derivedId(lang, prompt);
        }
        PromptRecord.Verdict verdict = byScore(scores);
        return new PromptRecord(row.line(), id, lang, prompt, null, meta, responses,
                verdict == null ? List.of() : List.of(verdict));
    }

    /** Completions grouped from the highest score down; no decision unless every completion has a score. */
    static PromptRecord.Verdict byScore(List<Double> scores) {
        if (scores.size() < 2 || scores.contains(null)) {
            return null;
        }
        TreeMap<Double, List<Integer>> groups = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (int i = 0; i < scores.size(); i++) {
            groups.computeIfAbsent(scores.get(i), k -> new ArrayList<>()).add(i);
        }
        return new PromptRecord.Verdict(List.copyOf(groups.values()));
    }
}
