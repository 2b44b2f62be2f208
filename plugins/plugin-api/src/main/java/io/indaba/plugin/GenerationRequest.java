package io.indaba.plugin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One request: a model, either chat messages or a completion prompt, every sampling parameter, a deadline for the
 * whole request including retries, and server-specific options sent as given (Ollama's {@code num_ctx}, vLLM's
 * {@code repetition_penalty}).
 */
public record GenerationRequest(String model, List<ChatMessage> messages, String prompt, Sampling sampling,
                                Duration deadline, Map<String, Object> options) {
    public GenerationRequest {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("a request names its model");
        }
        if ((messages == null || messages.isEmpty()) == (prompt == null)) {
            throw new IllegalArgumentException("a request has either chat messages or a completion prompt");
        }
        if (sampling == null) {
            throw new IllegalArgumentException("a request states its sampling parameters");
        }
        messages = messages == null ? List.of() : List.copyOf(messages);
        deadline = deadline == null ? Duration.ofMinutes(30) : deadline;
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** A request without server-specific options. */
    public GenerationRequest(String model, List<ChatMessage> messages, String prompt, Sampling sampling,
                             Duration deadline) {
        this(model, messages, prompt, sampling, deadline, Map.of());
    }

    /** A chat request. */
    public static GenerationRequest chat(String model, List<ChatMessage> messages, Sampling sampling, Duration deadline) {
        return new GenerationRequest(model, messages, null, sampling, deadline, Map.of());
    }

    /** Whether this is a chat request rather than a plain completion. */
    public boolean isChat() {
        return prompt == null;
    }
}
