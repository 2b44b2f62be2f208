package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TRL preference rows: {@code prompt}, {@code chosen}, {@code rejected}, as strings (standard) or as lists of chat
 * messages (conversational; without {@code prompt} the shared leading turns of chosen and rejected are the prompt).
 * Also read: HH-RLHF transcripts ({@code "\n\nHuman: …\n\nAssistant: …"} in chosen and rejected, no prompt),
 * ShareGPT/LLaMA-Factory pairs ({@code conversations} of {@code from}/{@code value} turns, an optional
 * {@code system}, chosen and rejected as single messages; or Alpaca-style {@code instruction} and {@code input}),
 * {@code chosen_messages}/{@code rejected_messages} and content given as {@code {type: "text", text}} parts.
 * Columns {@code chosen_X}/{@code rejected_X} (and {@code X_chosen}, e.g. {@code score_chosen}) go to that candidate ({@code _model} and {@code _lang} to their own
 * columns, the rest to its metadata); {@code id} or {@code prompt_id} names the item; {@code lang} or
 * {@code prompt_lang} is the prompt's language and {@code response_lang} the responses'; other columns become item
 * metadata. With {@code --map judgement=true} each row is also a pairwise judgement by annotator "imported".
 */
public final class TrlPreferenceImporter extends PreferenceImporter {

    private static final Set<String> OWN = Set.of("prompt", "chosen", "rejected", "id", "prompt_id", "lang",
            "prompt_lang", "response_lang", "chosen_messages", "rejected_messages");

    @Override
    public String id() {
        return "trl-preference";
    }

    @Override
    public String description() {
        return "TRL prompt/chosen/rejected; HH-RLHF; ShareGPT; text parts";
    }

    @Override
    int confidence(Set<String> keys) {
        return (keys.contains("chosen") && keys.contains("rejected"))
                || (keys.contains("chosen_messages") && keys.contains("rejected_messages")) ? 60 : 0;
    }

    @Override
    PromptRecord read(JsonRow row, Defaults defaults) {
        String lang = row.lang(row.has("prompt_lang") ? "prompt_lang" : "lang");
        lang = lang == null ? defaults.promptLang() : lang;
        String responseLang = row.lang("response_lang");
        if (responseLang == null) {
            responseLang = defaults.responseLang() == null ? lang : defaults.responseLang();
        }
        String chosenKey = row.has("chosen") ? "chosen" : "chosen_messages";
        String rejectedKey = row.has("rejected") ? "rejected" : "rejected_messages";
        JsonNode chosen = row.node(chosenKey);
        JsonNode rejected = row.node(rejectedKey);
        if (chosen == null || rejected == null) {
            throw row.bad("'" + (chosen == null ? "chosen" : "rejected") + "' is missing");
        }
        Set<String> used = new java.util.HashSet<>(OWN);
        String promptKey = row.has("prompt") ? "prompt" : row.firstPresent("conversations", "messages");
        JsonNode promptNode = promptKey == null ? null : row.node(promptKey);
        if (promptKey != null) {
            used.add(promptKey);
        } else if (row.has("instruction")) {
            // LLaMA-Factory's Alpaca-style pairs: instruction and optional input, joined as Okapi joins them
            String instruction = row.requiredText("instruction");
            String input = row.text("input");
            promptNode = com.fasterxml.jackson.databind.node.TextNode.valueOf(input == null || input.isBlank()
                    ? instruction : instruction + "\n\n" + input);
            used.add("instruction");
            used.add("input");
        }
        String prompt;
        String messages = null;
        String chosenText;
        String rejectedText;
        Map<String, Object> chosenMeta = new LinkedHashMap<>();
        Map<String, Object> rejectedMeta = new LinkedHashMap<>();
        boolean transcripts = promptNode == null && chosen.isTextual() && rejected.isTextual()
                && HhTranscript.looksLike(chosen.asText()) && HhTranscript.looksLike(rejected.asText());
        if (chosen.isTextual() && rejected.isTextual() && !transcripts
                && (promptNode == null || promptNode.isTextual())) {
            if (promptNode == null) {
                throw row.bad("'prompt' is missing (standard rows need it, unless chosen and rejected are "
                        + "Human:/Assistant: transcripts or a conversations list)");
            }
            prompt = promptNode.asText();
            chosenText = chosen.asText();
            rejectedText = rejected.asText();
        } else {
            List<JsonRow.Message> c = turns(row, chosenKey, chosen, transcripts);
            List<JsonRow.Message> r = turns(row, rejectedKey, rejected, transcripts);
            List<JsonRow.Message> before;
            if (promptNode == null || promptNode.isTextual()) {
                // implicit prompt: chosen and rejected hold the whole conversation and share its leading turns
                int shared = 0;
                while (shared < c.size() && shared < r.size() && c.get(shared).equals(r.get(shared))) {
                    shared++;
                }
                before = c.subList(0, shared);
                c = c.subList(shared, c.size());
                r = r.subList(shared, r.size());
                if (before.isEmpty() && promptNode != null) {
                    // e.g. UltraFeedback-binarized rows pair a string prompt with assistant-only answers
                    before = List.of(new JsonRow.Message("user", promptNode.asText()));
                }
            } else {
                before = new ArrayList<>(row.messages(promptKey, promptNode));
                String system = promptKey.equals("prompt") ? null : row.text("system");
                if (system != null && !system.isBlank()) {
                    // LLaMA-Factory keeps the system prompt beside the conversation
                    before.add(0, new JsonRow.Message("system", system));
                    used.add("system");
                }
            }
            if (before.isEmpty()) {
                throw row.bad("no prompt: 'prompt' is missing and chosen and rejected share no leading turns");
            }
            if (c.isEmpty() || r.isEmpty()) {
                throw row.bad("'" + (c.isEmpty() ? "chosen" : "rejected") + "' has no answer after the prompt");
            }
            prompt = JsonRow.promptText(before);
            messages = JsonRow.messagesJson(before);
            chosenText = AnswerTurns.keep(c, chosenMeta);
            rejectedText = AnswerTurns.keep(r, rejectedMeta);
        }
        if (chosenText.equals(rejectedText)) {
            throw row.bad("chosen and rejected are the same text");
        }
        String chosenModel = null;
        String rejectedModel = null;
        String chosenLang = responseLang;
        String rejectedLang = responseLang;
        Map<String, String> meta = new LinkedHashMap<>();
        for (var it = row.object().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (used.contains(k) || v.isNull()) {
                continue;
            }
            boolean isChosen = k.startsWith("chosen_");
            if (isChosen || k.startsWith("rejected_")) {
                String rest = k.substring(isChosen ? 7 : 9);
                if (rest.equals("model") && v.isTextual()) {
                    if (isChosen) {
                        chosenModel = v.asText();
                    } else {
                        rejectedModel = v.asText();
                    }
                } else if (rest.equals("lang") && v.isTextual()) {
                    if (isChosen) {
                        chosenLang = row.lang(k, v.asText());
                    } else {
                        rejectedLang = row.lang(k, v.asText());
                    }
                } else {
                    (isChosen ? chosenMeta : rejectedMeta).put(rest, JsonRow.plain(v));
                }
            } else if (k.endsWith("_chosen")) {
                chosenMeta.put(k.substring(0, k.length() - 7), JsonRow.plain(v));
            } else if (k.endsWith("_rejected")) {
                rejectedMeta.put(k.substring(0, k.length() - 9), JsonRow.plain(v));
            } else {
                meta.put(k, JsonRow.metaText(v));
            }
        }
        String id = row.text(row.has("prompt_id") ? "prompt_id" : "id");
        if (id == null || id.isBlank()) {
            id = PromptStore.derivedId(lang, messages == null ? prompt : messages);
        }
        List<PromptRecord.Response> responses = new ArrayList<>(2);
        responses.add(new PromptRecord.Response(null, chosenText, chosenLang, chosenModel, null, null, null, chosenMeta));
        responses.add(new PromptRecord.Response(null, rejectedText, rejectedLang, rejectedModel, null, null, null,
                rejectedMeta));
        return new PromptRecord(row.line(), id, lang, prompt, messages, meta, responses,
                List.of(PromptRecord.Verdict.firstWins()));
    }

    /**
     * One side as chat turns: a message list, a single message object (ShareGPT pairs), a plain answer string
     * (one assistant turn) or, in HH-RLHF files, a Human:/Assistant: transcript.
     */
    private static List<JsonRow.Message> turns(JsonRow row, String key, JsonNode side, boolean transcript) {
        if (transcript) {
            return HhTranscript.parse(side.asText());
        }
        if (side.isObject()) {
            return List.of(row.message("'" + key + "'", side));
        }
        if (side.isTextual()) {
            return List.of(new JsonRow.Message("assistant", side.asText()));
        }
        if (!side.isArray()) {
            throw row.bad("'" + key + "' must be a string, a message or a message list, found " + JsonRow.kind(side));
        }
        return row.messages(key, side);
    }
}
