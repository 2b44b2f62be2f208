package io.indaba.core.translate;

/** One run of a word-level diff between a match's source and the segment being translated. */
public record DiffOp(Kind kind, String text) {

    /** What happened to the run on the way from the match's source to the current source. */
    public enum Kind {
        /** In both. */
        EQUAL,
        /** Only in the current source: the translator must add it to the suggested target. */
        INSERT,
        /** Only in the match's source: the translator must remove it from the suggested target. */
        DELETE
    }
}
