package io.indaba.core.prefer;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.store.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores an imported candidate came with, read from its metadata: {@code score} (TRL's score_chosen and
 * score_rejected) or {@code overall_score} (UltraFeedback), and per-aspect ratings from UltraFeedback's
 * {@code annotations} ({@code {aspect: {Rating: "4", ...}}}) or a {@code ratings} object.
 */
public record CandidateScores(Double score, Map<String, Object> ratings) {

    private static final CandidateScores NONE = new CandidateScores(null, Map.of());

    /** The scores in a candidate's stored metadata JSON; none when it has none or cannot be read. */
    public static CandidateScores of(String metaJson) {
        if (metaJson == null || metaJson.length() < 8 || !(metaJson.contains("score") || metaJson.contains("ratings")
                || metaJson.contains("annotations"))) {
            return NONE; // most candidates carry no scores: skip the parse
        }
        JsonNode meta;
        try {
            meta = Json.MAPPER.readTree(metaJson);
        } catch (java.io.IOException | RuntimeException e) {
            return NONE; // damaged metadata loses its scores, never the export
        }
        if (meta == null || !meta.isObject()) {
            return NONE;
        }
        JsonNode s = meta.has("score") ? meta.get("score") : meta.get("overall_score");
        Double score = s != null && s.isNumber() ? s.asDouble() : null;
        Map<String, Object> ratings = new LinkedHashMap<>();
        JsonNode aspects = meta.has("annotations") ? meta.get("annotations") : meta.get("ratings");
        if (aspects != null && aspects.isObject()) {
            aspects.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue().isObject() ? e.getValue().get("Rating") : e.getValue();
                if (v != null && (v.isNumber() || v.isTextual())) {
                    ratings.put(e.getKey(), v.isNumber() ? v.numberValue() : number(v.asText()));
                }
            });
        }
        return score == null && ratings.isEmpty() ? NONE
                : new CandidateScores(score, java.util.Collections.unmodifiableMap(ratings));
    }

    /** "4" as the number 4; "N/A" stays text, as the file wrote it. */
    private static Object number(String text) {
        try {
            return text.contains(".") ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
