package io.indaba.core.prefer;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.store.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an imported candidate came with beyond its text, read from its metadata: its score ({@code score}, from TRL's
 * score_chosen and score_rejected, or UltraFeedback's {@code overall_score}), per-aspect ratings (UltraFeedback's
 * {@code annotations}, {@code {aspect: {Rating: "4", ...}}}, or a {@code ratings} object) and, for an answer of
 * several turns, the turns as they were ({@code messages}), which conversational exports write back unmerged.
 */
public record CandidateScores(Double score, Map<String, Object> ratings, List<Map<String, Object>> turns) {

    private static final CandidateScores NONE = new CandidateScores(null, Map.of(), List.of());

    /** The scores in a candidate's stored metadata JSON; none when it has none or cannot be read. */
    public static CandidateScores of(String metaJson) {
        if (metaJson == null || metaJson.length() < 8 || !(metaJson.contains("score") || metaJson.contains("ratings")
                || metaJson.contains("annotations") || metaJson.contains("messages"))) {
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
        List<Map<String, Object>> turns = new ArrayList<>();
        JsonNode messages = meta.get("messages");
        if (messages != null && messages.isArray()) {
            for (JsonNode m : messages) {
                if (m.isObject() && m.path("role").isTextual() && m.path("content").isTextual()) {
                    Map<String, Object> turn = new LinkedHashMap<>();
                    turn.put("role", m.get("role").asText());
                    turn.put("content", m.get("content").asText());
                    turns.add(turn);
                }
            }
        }
        return score == null && ratings.isEmpty() && turns.isEmpty() ? NONE
                : new CandidateScores(score, java.util.Collections.unmodifiableMap(ratings), List.copyOf(turns));
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
