package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A prompt as chat messages: the stored conversation, or the plain prompt as one user turn. */
final class PromptMessages {

    private static final TypeReference<List<Map<String, Object>>> MESSAGES = new TypeReference<>() { };

    private PromptMessages() {
    }

    static List<Map<String, Object>> of(JudgementBlock.Prompt prompt) {
        if (prompt.messagesJson() != null) {
            try {
                List<Map<String, Object>> list = Json.MAPPER.readValue(prompt.messagesJson(), MESSAGES);
                if (list != null && !list.isEmpty()) {
                    return list;
                }
            } catch (IOException | RuntimeException e) {
                // a damaged conversation still has its plain prompt text, which is what the annotator read
            }
        }
        // ordered, so that every export writes "role" before "content" (Map.of's order changes from run to run)
        Map<String, Object> user = new java.util.LinkedHashMap<>();
        user.put("role", "user");
        user.put("content", prompt.text());
        return List.of(user);
    }

    /**
     * Whether the prompt is more than its plain text: a stored conversation other than one user turn (a system
     * prompt, earlier turns), which a plain-text row would cut down to its last user turn.
     */
    static boolean multiTurn(JudgementBlock.Prompt prompt) {
        if (prompt.messagesJson() == null) {
            return false;
        }
        List<Map<String, Object>> messages = of(prompt);
        return messages.size() > 1 || !"user".equals(messages.get(0).get("role"));
    }

    static void write(JsonGenerator g, List<Map<String, Object>> messages) throws IOException {
        for (Map<String, Object> m : messages) {
            g.writeObject(m);
        }
    }

    /**
     * A response as chat turns: the turns it came with when there were several (never merged), else one turn. The
     * turns are used only while they still spell the text: an edited answer is its new text.
     */
    static void answer(JsonGenerator g, JudgementBlock.Response r) throws IOException {
        if (r.turns().isEmpty() || !joined(r.turns()).equals(r.text())) {
            assistant(g, r.text());
        } else {
            write(g, r.turns());
        }
    }

    /** The assistant turns' text as {@link AnswerTurns} joins it into a candidate's text. */
    private static String joined(List<Map<String, Object>> turns) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> m : turns) {
            if ("assistant".equals(m.get("role"))) {
                text.append(text.isEmpty() ? "" : AnswerTurns.JOIN).append(m.get("content"));
            }
        }
        return text.toString();
    }

    static void assistant(JsonGenerator g, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", "assistant");
        g.writeStringField("content", text);
        g.writeEndObject();
    }
}
