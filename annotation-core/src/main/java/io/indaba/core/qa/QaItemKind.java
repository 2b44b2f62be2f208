package io.indaba.core.qa;

import java.util.Locale;

/** What sort of item a segment belongs to; some checks apply to one kind only. */
public enum QaItemKind {
    /** Multiple-choice question (MMLU): a question, options and an answer letter. */
    MCQ("mcq"),
    /** Winogrande: a sentence with one blank {@code _}, two options and an answer 1 or 2. */
    WINOGRANDE("winogrande"),
    /** A prompt for preference data. */
    PROMPT("prompt"),
    /** Any other free text. */
    TEXT("text");

    private final String id;

    QaItemKind(String id) {
        this.id = id;
    }

    /** The lower-case name used in files and the store: "mcq", "winogrande", "prompt" or "text". */
    public String id() {
        return id;
    }

    /**
     * The kind named {@code id}, ignoring case.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static QaItemKind fromId(String id) {
        for (QaItemKind kind : values()) {
            if (kind.id.equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown item kind: " + id);
    }
}
