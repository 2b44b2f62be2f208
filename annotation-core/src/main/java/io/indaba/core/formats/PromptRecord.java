package io.indaba.core.formats;

import java.util.List;
import java.util.Map;

/**
 * One prompt as an importer read it, before it is stored: the prompt (plain text, and the message list when it is
 * a conversation), its language, the responses to it and, when asked for, the decision that came with them.
 *
 * @param messagesJson the conversation before the answer as a JSON list of messages, or null for a plain prompt
 * @param meta         extra columns of the prompt, kept as item metadata
 * @param verdicts     the decisions the input carried (imported as judgements only on request), possibly none
 */
record PromptRecord(long line, String externalId, String lang, String prompt, String messagesJson,
                    Map<String, String> meta, List<Response> responses, List<Verdict> verdicts) {

    PromptRecord {
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }

    /**
     * The same record with every decision attributed to {@code annotator}, read from {@code column}; the column
     * leaves the item's metadata, since rows of one prompt by different annotators must describe the same item.
     */
    PromptRecord by(String annotator, String column) {
        Map<String, String> kept = new java.util.LinkedHashMap<>(meta);
        kept.remove(column);
        return new PromptRecord(line, externalId, lang, prompt, messagesJson, kept, responses,
                verdicts.stream().map(v -> v.by(annotator)).toList());
    }

    /** One response, with every provenance column it came with. */
    record Response(String externalId, String text, String lang, String model, String backend,
                    Map<String, Object> params, Long seed, Map<String, Object> meta) {
    }

    /**
     * One annotator's decision over the responses, by index: groups from best to worst (ties share a group); two
     * responses in two groups are a pairwise win, in one group a tie, or both bad when {@code bothBad} is set.
     *
     * @param annotator the annotator id; {@value PromptStore#IMPORTED} when the file does not say
     * @param strength  how strongly the winner won (1..3), or null when not recorded
     * @param shown     indexes of the responses in the order they were displayed, or null when not recorded
     * @param createdAt when the decision was made (ISO-8601), or null when not recorded
     */
    record Verdict(String annotator, List<List<Integer>> groups, boolean bothBad, Integer strength,
                   String rationale, Long timeMs, List<Integer> shown, String createdAt, boolean adjudication) {

        /** A decision with nothing recorded beyond its groups, by the unnamed importer. */
        Verdict(List<List<Integer>> groups) {
            this(PromptStore.IMPORTED, groups, false, null, null, null, null, null, false);
        }

        static Verdict firstWins() {
            return new Verdict(List.of(List.of(0), List.of(1)));
        }

        Verdict by(String who) {
            return new Verdict(who, groups, bothBad, strength, rationale, timeMs, shown, createdAt, adjudication);
        }
    }
}
