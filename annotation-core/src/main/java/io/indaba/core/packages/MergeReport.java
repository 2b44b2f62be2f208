package io.indaba.core.packages;

import java.util.List;

/**
 * What merging a returned annotator package did: judgements added, identical ones already present, candidates the
 * annotator created (edited responses) added, and the judgements refused as conflicts, never overwritten.
 */
public record MergeReport(String annotatorId, long added, long identical, long candidatesAdded,
                          List<Conflict> conflicts) {

    public MergeReport {
        conflicts = List.copyOf(conflicts);
    }

    /** A judgement that was not merged, and why. */
    public record Conflict(String uid, String reason) {
    }
}
