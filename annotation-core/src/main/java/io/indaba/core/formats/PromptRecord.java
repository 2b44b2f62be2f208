package io.indaba.core.formats;

import java.util.List;
import java.util.Map;

/**
 * One prompt as an importer read it, before it is stored: the prompt (plain text, and the message list when it is
 * a conversation), its language, the responses to it and, when asked for, the decision that came with them.
 *
 * @param messagesJson the conversation before the answer as a JSON list of messages, or null for a plain prompt
 * @param meta         extra columns of the prompt, kept as item metadata
 * @param verdict      the preference the input carried (imported as a judgement only on request), or null
 */
record PromptRecord(long line, String externalId, String lang, String prompt, String messagesJson,
                    Map<String, String> meta, List<Response> responses, Verdict verdict) {

    /** One response, with every provenance column it came with. */
    record Response(String externalId, String text, String lang, String model, String backend,
                    Map<String, Object> params, Long seed, Map<String, Object> meta) {
    }

    /**
     * A decision over the responses, by index: groups from best to worst (ties share a group); two responses in
     * two groups are a pairwise win.
     */
    record Verdict(List<List<Integer>> groups) {
        static Verdict firstWins() {
            return new Verdict(List.of(List.of(0), List.of(1)));
        }
    }
}
