package io.indaba.plugin;

import java.util.Map;

/**
 * A machine draft with its origin: which drafter made it, with which model, and anything a later reader needs to
 * reproduce it (sampling parameters, seed, a score).
 */
public record Draft(String text, String drafterId, String model, Map<String, String> provenance) {
    public Draft {
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** The label shown beside the draft, e.g. "llm:llama-3-8b" or "imported-mt". */
    public String label() {
        return model == null || model.isBlank() ? drafterId : drafterId + ":" + model;
    }
}
