package io.indaba.core.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generation job asks for. Two runs with equal settings are the same job, so a rerun resumes it; the
 * concurrency and the API key are not settings (the key never enters the project at all).
 *
 * @param endpoint     the server URL as stored (no user info or query)
 * @param protocol     {@code openai} or {@code ollama}
 * @param models       the models, each asked for {@code candidates} responses per prompt
 * @param responseLang the language responses are requested in, or null for each prompt's own language
 * @param systemPrompt a system prompt replacing the one a conversation carries, or null
 * @param seed         the seed of sample 0; sample i uses {@code seed + i}
 * @param options      server-specific options sent as given (Ollama's {@code num_ctx}), sorted by name
 */
public record JobSettings(String endpoint, String protocol, List<String> models, int candidates, String responseLang,
                          String systemPrompt, double temperature, double topP, int topK, int maxTokens, long seed,
                          Map<String, Object> options) {

    public JobSettings {
        models = List.copyOf(models);
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(options));
        if (models.isEmpty()) {
            throw new IllegalArgumentException("name at least one --model");
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("--candidates must be at least 1");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("--max-tokens must be at least 1");
        }
    }

    /** The settings as stored with the job. */
    public Map<String, Object> asRecord() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("endpoint", endpoint);
        m.put("protocol", protocol);
        m.put("models", models);
        m.put("candidates", candidates);
        m.put("response_lang", responseLang);
        m.put("system_prompt", systemPrompt);
        m.put("temperature", temperature);
        m.put("top_p", topP);
        m.put("top_k", topK);
        m.put("max_tokens", maxTokens);
        m.put("seed", seed);
        if (!options.isEmpty()) {
            m.put("options", options); // absent when empty, so jobs recorded before options existed still match
        }
        return m;
    }

    /** The settings as read back from a job record. */
    static JobSettings fromRecord(com.fasterxml.jackson.databind.JsonNode m) {
        List<String> models = new java.util.ArrayList<>();
        m.path("models").forEach(n -> models.add(n.asText()));
        Map<String, Object> options = m.has("options")
                ? io.indaba.core.store.Json.MAPPER.convertValue(m.get("options"),
                        new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { })
                : Map.of();
        return new JobSettings(text(m, "endpoint"), text(m, "protocol"), models, m.path("candidates").asInt(),
                text(m, "response_lang"), text(m, "system_prompt"), m.path("temperature").asDouble(),
                m.path("top_p").asDouble(), m.path("top_k").asInt(), m.path("max_tokens").asInt(),
                m.path("seed").asLong(), options);
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode m, String name) {
        return m.hasNonNull(name) ? m.get(name).asText() : null;
    }
}
