package io.indaba.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every sampling parameter of a request, always sent: servers disagree on defaults, so nothing is left to them.
 *
 * @param temperature sampling temperature
 * @param topP        nucleus mass
 * @param topK        top-k cut-off; -1 for none (sent as -1 where the protocol takes it, else left out)
 * @param maxTokens   largest number of tokens to generate per choice
 * @param stop        stop sequences, possibly empty
 * @param seed        the seed of choice 0; choice i uses {@code seed + i} when a client fans out
 * @param n           number of choices wanted
 */
public record Sampling(double temperature, double topP, int topK, int maxTokens, List<String> stop, long seed, int n) {
    public Sampling {
        if (n < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("n and max tokens must be at least 1");
        }
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    /** The same parameters for one choice alone with its own seed. */
    public Sampling single(long choiceSeed) {
        return new Sampling(temperature, topP, topK, maxTokens, stop, choiceSeed, 1);
    }

    /** The parameters as stored with a candidate, under the OpenAI names. */
    public Map<String, Object> asRecord() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("temperature", temperature);
        m.put("top_p", topP);
        m.put("top_k", topK);
        m.put("max_tokens", maxTokens);
        m.put("stop", stop);
        m.put("seed", seed);
        m.put("n", n);
        return m;
    }
}
