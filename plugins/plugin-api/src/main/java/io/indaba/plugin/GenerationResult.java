package io.indaba.plugin;

import java.util.List;
import java.util.Map;

/**
 * A finished request: one entry per choice in index order, token usage, and timings.
 *
 * @param server        the identity of the server that answered, where known
 * @param serverTimings durations the server measured itself, in milliseconds (Ollama: {@code total}, {@code load},
 *                      {@code prompt_eval}, {@code eval}); empty where it reports none
 */
public record GenerationResult(List<Choice> choices, Usage usage, ServerIdentity server,
                               Map<String, Long> serverTimings) {
    public GenerationResult {
        choices = List.copyOf(choices);
        usage = usage == null ? Usage.UNKNOWN : usage;
        serverTimings = serverTimings == null ? Map.of() : Map.copyOf(serverTimings);
    }

    /** A result without server-side timings. */
    public GenerationResult(List<Choice> choices, Usage usage, ServerIdentity server) {
        this(choices, usage, server, Map.of());
    }

    /**
     * One generated response.
     *
     * @param seed              the seed that produced it ({@code base + index} when the client fanned out)
     * @param firstTokenMillis  time from sending to its first text, -1 if none came
     * @param totalMillis       time from sending to its end
     * @param attempts          how many times the request was sent (1 without retries)
     * @param usage             its own token counts where the server reports them per choice, else unknown
     */
    public record Choice(int index, String text, String finishReason, long seed, long firstTokenMillis,
                         long totalMillis, int attempts, Usage usage) {

        /** Whether the token limit cut the response short. */
        public boolean truncated() {
            return "length".equals(finishReason);
        }
    }
}
