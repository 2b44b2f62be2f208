package io.indaba.app.project.export;

/** A format-specific choice of the export dialog, shown only for the formats that read it. */
public enum ExportOption {
    /** {@code policy=judgement|majority}: a row per judgement or per majority decision. */
    POLICY,
    /** {@code implicit-prompt=true}: the whole conversation in chosen/rejected, no prompt column. */
    IMPLICIT_PROMPT,
    /** {@code kto-both-bad=true}: both-bad decisions become two rows labelled false. */
    KTO_BOTH_BAD,
    /** {@code card} and {@code license}: the dataset card written as README.md beside the data. */
    CARD
}
