package io.indaba.backend.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the four error shapes servers send: {@code {"error":{"message",...}}} (OpenAI, vLLM 0.10.1+, llama.cpp),
 * {@code {"object":"error","message"}} (older vLLM, SGLang), {@code {"error":"text"}} (Ollama, vLLM 401) and
 * {@code {"error":"text","error_type":...}} (TGI).
 */
final class ErrorBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    /** The server's message in one line, or null when {@code node} is no error. */
    static String message(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode error = node.get("error");
        if (error != null && error.isObject()) {
            return join(error.path("message").asText(null), error.path("type").asText(null));
        }
        if (error != null && error.isTextual()) {
            return join(error.asText(), node.path("error_type").asText(null));
        }
        if ("error".equals(node.path("object").asText())) {
            return join(node.path("message").asText(null), node.path("type").asText(null));
        }
        return null;
    }

    /** The message of an error body as text; the body's first line when it is not JSON. */
    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "no error message";
        }
        try {
            String m = message(JSON.readTree(body));
            if (m != null) {
                return m;
            }
        } catch (java.io.IOException notJson) {
            // some proxies answer with HTML or plain text
        }
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String join(String message, String type) {
        String m = message == null || message.isBlank() ? "no error message" : message.strip().replace('\n', ' ');
        return type == null || type.isBlank() ? m : m + " (" + type + ")";
    }
}
