package io.indaba.backend.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.plugin.ChatMessage;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.Sampling;

/** Request bodies for {@code /api/chat} and {@code /api/generate}, and Ollama's {@code {"error":"text"}}. */
final class OllamaBodies {

    static final ObjectMapper JSON = new ObjectMapper();

    private OllamaBodies() {
    }

    static String of(GenerationRequest request, Sampling sampling) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", request.model());
        if (request.isChat()) {
            ArrayNode messages = body.putArray("messages");
            for (ChatMessage m : request.messages()) {
                messages.addObject().put("role", m.role()).put("content", m.content());
            }
        } else {
            body.put("prompt", request.prompt());
        }
        body.put("stream", true);
        // sampling lives in "options" here, and Ollama's defaults differ from everyone's: send all of it
        ObjectNode options = body.putObject("options");
        options.put("temperature", sampling.temperature());
        options.put("top_p", sampling.topP());
        if (sampling.topK() > 0) {
            options.put("top_k", sampling.topK());
        }
        options.put("num_predict", sampling.maxTokens());
        ArrayNode stop = options.putArray("stop");
        sampling.stop().forEach(stop::add);
        options.put("seed", sampling.seed());
        request.options().forEach((k, v) -> {
            if (!options.has(k)) {
                options.putPOJO(k, v); // num_ctx and the like, settable only through this API
            }
        });
        return body.toString();
    }

    /** The error text of {@code node}, or null when it is none. */
    static String error(JsonNode node) {
        JsonNode e = node == null ? null : node.get("error");
        if (e == null || e.isNull()) {
            return null;
        }
        return e.isTextual() ? e.asText() : e.path("message").asText(e.toString());
    }

    static String error(String body) {
        try {
            String m = error(JSON.readTree(body));
            if (m != null) {
                return m;
            }
        } catch (java.io.IOException notJson) {
            // fall through to the raw first line
        }
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "no error message" : line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
