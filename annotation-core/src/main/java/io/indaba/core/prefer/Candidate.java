package io.indaba.core.prefer;

import java.util.Map;

/**
 * One response to a prompt item, with its provenance: requested and detected language, origin (imported,
 * generated, human-edited), the edited original, back-end, model, every sampling parameter sent, seed, timing and
 * token usage, plus any metadata it was imported with.
 */
public record Candidate(long id, long itemId, String externalId, String text, String langRequested,
                        String langDetected, String origin, Long parentId, String backend, String model,
                        Map<String, Object> params, Long seed, Map<String, Object> timing, Map<String, Object> usage,
                        Map<String, Object> meta, String createdAt) {

    public Candidate {
        params = params == null ? Map.of() : params;
        timing = timing == null ? Map.of() : timing;
        usage = usage == null ? Map.of() : usage;
        meta = meta == null ? Map.of() : meta;
    }

    /** An imported candidate, not yet stored. */
    public static Candidate imported(long itemId, String externalId, String text, String lang, String model,
                                     Map<String, Object> meta) {
        return new Candidate(0, itemId, externalId, text, lang, null, "imported", null, null, model, Map.of(), null,
                Map.of(), Map.of(), meta, null);
    }
}
