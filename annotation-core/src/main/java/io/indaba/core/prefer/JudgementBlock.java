package io.indaba.core.prefer;

import java.util.List;
import java.util.Map;

/**
 * The judgements of one prompt item in one language, with the prompt and the candidates they concern: the unit an
 * export reads at a time, so agreement can be computed without holding the project in memory.
 *
 * @param lang        the language of the judged responses
 * @param candidates  the item's candidates by id
 * @param proficiency annotator id to their proficiency in {@code lang} (absent when unknown)
 */
public record JudgementBlock(Prompt prompt, String lang, List<Judgement> judgements, Map<Long, Response> candidates,
                             Map<String, Proficiency> proficiency) {

    /**
     * A prompt item as exports need it.
     *
     * @param messagesJson the conversation before the answer as stored (a JSON list), or null for a plain prompt
     */
    public record Prompt(long itemId, String externalId, String text, String messagesJson, String lang) {
    }

    /**
     * A candidate as exports need it; {@code paramsJson} is the stored JSON object, passed through unparsed.
     *
     * @param score   the overall score the candidate came with (see {@link CandidateScores}), or null
     * @param ratings its per-aspect ratings (aspect to rating), empty when none
     * @param turns   the answer's turns when it came as several messages (role, content), else empty
     */
    public record Response(long id, String text, String lang, String model, String backend, String paramsJson,
                           Long seed, String origin, Double score, Map<String, Object> ratings,
                           List<Map<String, Object>> turns) {

        public Response {
            ratings = ratings == null ? Map.of() : ratings;
            turns = turns == null ? List.of() : turns;
        }

        /** A candidate without scores. */
        public Response(long id, String text, String lang, String model, String backend, String paramsJson,
                        Long seed, String origin) {
            this(id, text, lang, model, backend, paramsJson, seed, origin, null, Map.of(), List.of());
        }
    }
}
