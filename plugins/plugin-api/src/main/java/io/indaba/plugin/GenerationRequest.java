package io.indaba.plugin;

import java.time.Duration;
import java.util.List;

/**
 * One request: a model, either chat messages or a completion prompt, every sampling parameter, and a deadline for
 * the whole request including retries.
 */
public record GenerationRequest(String model, List<ChatMessage> messages, String prompt, Sampling sampling,
                                Duration deadline) {
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
    }

    /** A chat request. */
    public static GenerationRequest chat(String model, List<ChatMessage> messages, Sampling sampling, Duration deadline) {
        return new GenerationRequest(model, messages, null, sampling, deadline);
    }

    /** Whether this is a chat request rather than a plain completion. */
    public boolean isChat() {
        return prompt == null;
    }
}
