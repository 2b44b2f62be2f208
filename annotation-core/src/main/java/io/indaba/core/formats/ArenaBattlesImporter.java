package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chatbot Arena / FastChat battles, the counterpart of the {@code battles} export: {@code model_a}, {@code model_b},
 * {@code winner} (model_a, model_b, tie, tie (bothbad)), {@code conversation_a}/{@code conversation_b} (the shared
 * leading turns are the prompt, the rest each model's answer), {@code judge} (the annotator), {@code language}
 * (a BCP-47 tag or an English language name), {@code tstamp} (Unix seconds), and {@code question_id} or
 * {@code item_id} naming the prompt. The decisions are judgements unless {@code --map judgement=false}.
 */
public final class ArenaBattlesImporter extends PreferenceImporter {

    /** Columns of one battle, not of its prompt: they are read into the judgement or rebuilt on export. */
    private static final Set<String> OWN = Set.of("model_a", "model_b", "winner", "conversation_a", "conversation_b",
            "judge", "language", "tstamp", "question_id", "item_id", "judgement_uid", "prompt_lang",
            "annotator_proficiency", "guideline_version", "model_a_position", "aids_used", "time_on_task_ms",
            "item_agreement", "turn", "anony");

    @Override
    public String id() {
        return "arena-battles";
    }

    @Override
    public String description() {
        return "Chatbot Arena battles: model_a/b, winner, conversation_a/b";
    }

    @Override
    boolean judgesByDefault() {
        return true;
    }

    @Override
    int confidence(Set<String> keys) {
        return keys.contains("model_a") && keys.contains("model_b") && keys.contains("winner") ? 70 : 0;
    }

    @Override
    PromptRecord read(JsonRow row, Defaults defaults) {
        // language: the judged responses' language (the battles export writes the prompt's as prompt_lang)
        String language = row.text("language");
        String named = language == null || language.isBlank() ? null : LanguageNames.tag(language);
        String lang = row.has("prompt_lang") ? row.lang("prompt_lang") : named;
        lang = lang == null ? defaults.promptLang() : lang;
        String responseLang = named != null ? named : defaults.responseLang() == null ? lang : defaults.responseLang();
        String modelA = row.requiredText("model_a");
        String modelB = row.requiredText("model_b");
        List<List<Integer>> groups;
        boolean bothBad = false;
        String winner = row.requiredText("winner");
        switch (winner) {
            case "model_a" -> groups = List.of(List.of(0), List.of(1));
            case "model_b" -> groups = List.of(List.of(1), List.of(0));
            case "tie" -> groups = List.of(List.of(0, 1));
            case "tie (bothbad)" -> {
                groups = List.of(List.of(0, 1));
                bothBad = true;
            }
            default -> throw row.bad("'winner' must be model_a, model_b, tie or tie (bothbad), found '" + winner + "'");
        }
        if (!row.has("conversation_a") || !row.has("conversation_b")) {
            throw row.bad("'conversation_" + (row.has("conversation_a") ? "b" : "a") + "' is missing: a battle "
                    + "without its conversations has no responses to import");
        }
        List<JsonRow.Message> a = row.messages("conversation_a", row.node("conversation_a"));
        List<JsonRow.Message> b = row.messages("conversation_b", row.node("conversation_b"));
        int shared = 0;
        while (shared < a.size() - 1 && shared < b.size() - 1 && a.get(shared).equals(b.get(shared))
                && !"assistant".equals(a.get(shared).role())) {
            shared++;
        }
        List<JsonRow.Message> before = a.subList(0, shared);
        if (before.isEmpty()) {
            throw row.bad("conversation_a and conversation_b share no leading turns: there is no prompt");
        }
        List<PromptRecord.Response> responses = List.of(
                response(a.subList(shared, a.size()), responseLang, modelA),
                response(b.subList(shared, b.size()), responseLang, modelB));
        Map<String, String> meta = new LinkedHashMap<>();
        row.object().fields().forEachRemaining(e -> {
            if (!OWN.contains(e.getKey()) && !e.getValue().isNull()) {
                meta.put(e.getKey(), JsonRow.metaText(e.getValue()));
            }
        });
        if (language != null && !language.isBlank() && named == null) {
            meta.put("language", language);
        }
        String messages = JsonRow.messagesJson(before);
        String id = row.text(row.has("question_id") ? "question_id" : "item_id");
        if (id == null || id.isBlank()) {
            id = PromptStore.derivedId(lang, messages);
        }
        String judge = row.text("judge");
        PromptRecord.Verdict verdict = new PromptRecord.Verdict(judge == null || judge.isBlank()
                ? PromptStore.IMPORTED : judge.strip(), groups, bothBad, null, null, row.integer("time_on_task_ms"),
                shown(row), createdAt(row), false);
        return new PromptRecord(row.line(), id, lang, JsonRow.promptText(before), messages, meta, responses,
                List.of(verdict));
    }

    /** One model's answer: its turns after the prompt, the assistant text joined when it spans several turns. */
    private static PromptRecord.Response response(List<JsonRow.Message> turns, String lang, String model) {
        Map<String, Object> meta = new LinkedHashMap<>();
        String text = AnswerTurns.keep(turns, meta);
        return new PromptRecord.Response(null, text, lang, model, null, null, null, meta);
    }

    /** {@code model_a_position} left or right as the display order; null when not recorded. */
    private static List<Integer> shown(JsonRow row) {
        String where = row.has("model_a_position") && row.node("model_a_position").isTextual()
                ? row.text("model_a_position") : null;
        if ("left".equals(where)) {
            return List.of(0, 1);
        }
        return "right".equals(where) ? List.of(1, 0) : null;
    }

    /** {@code tstamp} (Unix seconds, fractions kept) as an ISO-8601 instant, or null. */
    private static String createdAt(JsonRow row) {
        Double t = row.number(row.node("tstamp"), "'tstamp'");
        if (t == null) {
            return null;
        }
        if (t.isNaN() || t.isInfinite() || Math.abs(t) > 1e11) {
            throw row.bad("'tstamp' must be Unix seconds, found " + t);
        }
        long seconds = (long) Math.floor(t);
        long nanos = Math.round((t - seconds) * 1e6) * 1000;
        return Instant.ofEpochSecond(seconds, nanos).toString();
    }
}
