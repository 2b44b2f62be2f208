package io.indaba.core.prefer;

import java.util.Map;

/**
 * A candidate pair of one item whose annotators gave different verdicts in one language.
 *
 * @param verdicts    how many annotators' judgements gave each verdict (repeats included)
 * @param adjudicated the standing adjudication of this pair, or null while it is open
 */
public record Disagreement(long itemId, String externalId, String lang, long candidateA, long candidateB,
                           Map<Winner, Integer> verdicts, Winner adjudicated) {

    public Disagreement {
        verdicts = Map.copyOf(verdicts);
    }

    /** Judgements behind the disagreement. */
    public int judgements() {
        return verdicts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
