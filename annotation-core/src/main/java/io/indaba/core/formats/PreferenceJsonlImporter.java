package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indaba's own preference input, one prompt per line: {@code id}, {@code prompt} (a string or a list of chat
 * messages), {@code lang} (BCP-47) and {@code candidates} (or {@code responses}): strings or objects with
 * {@code text}, {@code lang}, {@code model} and any metadata, kept with the candidate. Other top-level keys, and the
 * entries of a {@code meta} object, are kept as item metadata. A {@code judgements} list (see {@link JudgementList})
 * carries who decided what; its decisions are imported as judgements unless {@code --map judgement=false}.
 */
public final class PreferenceJsonlImporter extends PreferenceImporter {

    private static final Set<String> OWN = Set.of("id", "prompt", "lang", "candidates", "responses", "meta",
            "judgements");

    @Override
    public String id() {
        return "preference-jsonl";
    }

    @Override
    public String description() {
        return "Indaba preference JSONL: prompt (text or messages), lang, candidates, judgements by annotator";
    }

    @Override
    boolean judgesByDefault() {
        return true;
    }

    @Override
    String annotatorColumn(ImportOptions options) {
        if (options.mapping().containsKey("annotator")) {
            throw new IllegalArgumentException("--map annotator does not apply to preference-jsonl: each entry of "
                    + "'judgements' names its annotator");
        }
        return null;
    }

    @Override
    int confidence(Set<String> keys) {
        return keys.contains("prompt") && (keys.contains("candidates") || keys.contains("responses")) ? 60 : 0;
    }

    @Override
    PromptRecord read(JsonRow row, Defaults defaults) {
        String lang = row.lang("lang");
        lang = lang == null ? defaults.promptLang() : lang;
        JsonNode promptNode = row.node("prompt");
        if (promptNode == null) {
            throw row.bad("'prompt' is missing");
        }
        String prompt;
        String messages = null;
        if (promptNode.isArray()) {
            List<JsonRow.Message> list = row.messages("prompt", promptNode);
            if (list.isEmpty()) {
                throw row.bad("'prompt' has no messages");
            }
            prompt = JsonRow.promptText(list);
            messages = JsonRow.messagesJson(list);
        } else {
            prompt = row.requiredText("prompt");
        }
        String key = row.has("candidates") ? "candidates" : "responses";
        JsonNode list = row.node(key);
        if (!(list instanceof ArrayNode array)) {
            throw row.bad(list == null ? "'candidates' (or 'responses') is missing"
                    : "'" + key + "' must be a list, found " + JsonRow.kind(list));
        }
        String responseLang = defaults.responseLang() == null ? lang : defaults.responseLang();
        List<PromptRecord.Response> responses = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            responses.add(row.response(key + " " + (i + 1), array.get(i), responseLang, "text", "response", "content"));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        JsonNode extra = row.node("meta");
        if (extra != null && !extra.isObject()) {
            throw row.bad("'meta' must be an object, found " + JsonRow.kind(extra));
        }
        if (extra != null) {
            extra.fields().forEachRemaining(e -> meta.put(e.getKey(), JsonRow.metaText(e.getValue())));
        }
        row.object().fields().forEachRemaining(e -> {
            if (!OWN.contains(e.getKey()) && !e.getValue().isNull()) {
                meta.put(e.getKey(), JsonRow.metaText(e.getValue()));
            }
        });
        String id = row.text("id");
        if (id == null || id.isBlank()) {
            id = PromptStore.derivedId(lang, messages == null ? prompt : messages);
        }
        return new PromptRecord(row.line(), id, lang, prompt, messages, meta, responses,
                JudgementList.read(row, responses.size()));
    }
}
