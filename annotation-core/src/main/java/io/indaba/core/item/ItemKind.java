package io.indaba.core.item;

import java.util.Locale;

/** What an item is: a multiple-choice question, a Winogrande sentence, a prompt, or free text. */
public enum ItemKind {
    MCQ("mcq"), WINOGRANDE("winogrande"), PROMPT("prompt"), TEXT("text");

    private final String code;

    ItemKind(String code) {
        this.code = code;
    }

    /** The code stored in the project file and used on the command line. */
    public String code() {
        return code;
    }

    /** Parses a stored or typed code. */
    public static ItemKind of(String code) {
        String lower = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (ItemKind k : values()) {
            if (k.code.equals(lower)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown item kind '" + code + "' (mcq, winogrande, prompt, text)");
    }
}
