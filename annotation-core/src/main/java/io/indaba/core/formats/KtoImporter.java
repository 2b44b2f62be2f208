package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unpaired KTO rows: {@code prompt} (text or messages), {@code completion} (text or an assistant turn) and
 * {@code label} (true: desirable, false: undesirable), or {@code messages} whose last turn is the completion, plus
 * {@code label}. Each row is one candidate with its rating, stored as a one-response judgement (undesirable: none
 * acceptable) that {@code kto} writes back; having no pair, the pair formats leave it out. {@code item_id} or
 * {@code id} names the prompt, {@code prompt_lang}/{@code lang} and {@code response_lang} the languages,
 * {@code model} the generator; other columns become item metadata.
 */
public final class KtoImporter extends PreferenceImporter {

    /** Columns of the row's completion and its rating, or of Indaba's own kto export, read into their places. */
    private static final Set<String> OWN = Set.of("prompt", "completion", "messages", "label", "id", "item_id", "lang",
            "prompt_lang", "response_lang", "model", "backend", "params", "seed", "origin", "position",
            "judgement_uid", "annotator_id", "annotator_proficiency", "guideline_version", "aids_used",
            "time_on_task_ms", "item_agreement");

    @Override
    public String id() {
        return "kto";
    }

    @Override
    public String description() {
        return "TRL KTO, unpaired: prompt/completion/label per answer";
    }

    @Override
    boolean judgesByDefault() {
        return true;
    }

    @Override
    int confidence(Set<String> keys) {
        return keys.contains("label") && (keys.contains("completion") || keys.contains("messages")) ? 65 : 0;
    }

    @Override
    PromptRecord read(JsonRow row, Defaults defaults) {
        String lang = row.lang(row.has("prompt_lang") ? "prompt_lang" : "lang");
        lang = lang == null ? defaults.promptLang() : lang;
        String responseLang = row.lang("response_lang");
        if (responseLang == null) {
            responseLang = defaults.responseLang() == null ? lang : defaults.responseLang();
        }
        JsonNode label = row.node("label");
        if (label == null || !label.isBoolean()) {
            throw row.bad(label == null ? "'label' is missing" : "'label' must be true or false, found "
                    + JsonRow.kind(label));
        }
        List<JsonRow.Message> before;
        String prompt;
        String completion;
        if (row.has("completion")) {
            JsonNode p = row.node("prompt");
            if (p == null) {
                throw row.bad("'prompt' is missing");
            }
            before = p.isArray() ? row.messages("prompt", p) : null;
            prompt = before == null ? row.requiredText("prompt") : JsonRow.promptText(before);
            JsonNode c = row.node("completion");
            completion = c.isTextual() ? c.asText() : assistantText(row, row.messages("completion", c));
        } else {
            List<JsonRow.Message> all = row.messages("messages", row.node("messages"));
            if (all.size() < 2 || !"assistant".equals(all.get(all.size() - 1).role())) {
                throw row.bad("'messages' must end in the assistant turn that is rated, after the prompt");
            }
            before = all.subList(0, all.size() - 1);
            prompt = JsonRow.promptText(before);
            completion = all.get(all.size() - 1).content();
        }
        if (before != null && before.isEmpty()) {
            throw row.bad("'prompt' has no messages");
        }
        String messages = before == null ? null : JsonRow.messagesJson(before);
        String model = row.text("model");
        Map<String, String> meta = new LinkedHashMap<>();
        row.object().fields().forEachRemaining(e -> {
            if (!OWN.contains(e.getKey()) && !e.getValue().isNull()) {
                meta.put(e.getKey(), JsonRow.metaText(e.getValue()));
            }
        });
        String id = row.text(row.has("item_id") ? "item_id" : "id");
        if (id == null || id.isBlank()) {
            id = PromptStore.derivedId(lang, messages == null ? prompt : messages);
        }
        List<PromptRecord.Response> responses = new ArrayList<>(1);
        responses.add(new PromptRecord.Response(null, completion, responseLang, model, row.text("backend"), null,
                row.integer("seed"), Map.of()));
        PromptRecord.Verdict rating = new PromptRecord.Verdict(PromptStore.IMPORTED, List.of(List.of(0)),
                !label.asBoolean(), null, null, null, null, null, false);
        return new PromptRecord(row.line(), id, lang, prompt, messages, meta, responses, List.of(rating));
    }

    /** A completion given as messages: its assistant turns' text. */
    private static String assistantText(JsonRow row, List<JsonRow.Message> turns) {
        String text = AnswerTurns.text(turns);
        if (text.isEmpty()) {
            throw row.bad("'completion' has no assistant turn");
        }
        return text;
    }
}
