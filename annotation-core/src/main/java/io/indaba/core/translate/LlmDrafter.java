package io.indaba.core.translate;

import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import io.indaba.plugin.GenerationListener;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.Sampling;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts translations with any inference back-end: one chat request per text, the pair's prompt from
 * {@link DraftPrompts}, fixed sampling (temperature 0 unless told) so a draft can be reproduced. Cancelling the
 * returned future cancels the request down to the socket.
 */
public final class LlmDrafter implements Drafter {

    /** The drafter id recorded with each draft. */
    public static final String ID = "llm";

    private static final Logger LOG = LoggerFactory.getLogger(LlmDrafter.class);

    private final InferenceClient client;
    private final String backendId;
    private final String endpoint;
    private final String model;
    private final DraftPrompts prompts;
    private final Sampling sampling;
    private final Duration deadline;

    /**
     * @param endpoint the server as recorded (no key, no user info), kept in each draft's provenance
     */
    public LlmDrafter(InferenceClient client, String backendId, String endpoint, String model, DraftPrompts prompts,
                      Sampling sampling, Duration deadline) {
        this.client = client;
        this.backendId = backendId;
        this.endpoint = endpoint;
        this.model = model;
        this.prompts = prompts;
        this.sampling = sampling.single(sampling.seed());
        this.deadline = deadline;
    }

    /** Greedy drafting: temperature 0, up to {@code maxTokens}, seed 0. */
    public static Sampling greedy(int maxTokens) {
        return new Sampling(0.0, 1.0, -1, maxTokens, List.of(), 0, 1);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "LLM draft (" + model + ")";
    }

    @Override
    public boolean supports(String sourceLang, String targetLang) {
        return !sourceLang.equalsIgnoreCase(targetLang);
    }

    public String model() {
        return model;
    }

    /** What a stored draft records about how it was made. */
    public Map<String, String> provenance(String sourceLang, String targetLang) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("backend", backendId);
        if (endpoint != null) {
            p.put("endpoint", endpoint);
        }
        p.put("model", model);
        p.put("temperature", Double.toString(sampling.temperature()));
        p.put("top_p", Double.toString(sampling.topP()));
        p.put("max_tokens", Integer.toString(sampling.maxTokens()));
        p.put("seed", Long.toString(sampling.seed()));
        p.put("system_prompt", prompts.system(sourceLang, targetLang));
        return p;
    }

    @Override
    public CompletableFuture<List<Draft>> draft(DraftRequest request) {
        if (request.text().isBlank()) {
            return CompletableFuture.completedFuture(List.of());
        }
        GenerationRequest ask = new GenerationRequest(model,
                prompts.messages(request.sourceLang(), request.targetLang(), request.text()), null, sampling, deadline,
                Map.of());
        var generation = client.generate(ask, GenerationListener.NONE);
        CompletableFuture<List<Draft>> drafts = generation.result().thenApply(r -> drafts(request, r));
        drafts.whenComplete((d, e) -> {
            if (drafts.isCancelled()) {
                generation.cancel(); // nobody waits for this draft any more: free the server's slot
            } else if (e != null) {
                LOG.warn("draft {}>{} with {} failed: {}", request.sourceLang(), request.targetLang(), model,
                        e.getMessage());
            }
        });
        return drafts;
    }

    private List<Draft> drafts(DraftRequest request, GenerationResult r) {
        GenerationResult.Choice choice = r.choices().get(0);
        String text = choice.text().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Map<String, String> provenance = new LinkedHashMap<>(provenance(request.sourceLang(), request.targetLang()));
        if (choice.finishReason() != null) {
            provenance.put("finish_reason", choice.finishReason());
        }
        return List.of(new Draft(text, ID, model, provenance));
    }
}
