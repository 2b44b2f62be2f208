package io.indaba.core.translate;

import java.util.Locale;

/** Where a revision's text came from. */
public enum Origin {
    HUMAN("human"), TM("tm"), MT("mt"), IMPORTED("imported"), ADAPTATION("adaptation"), VERIFICATION("verification");

    private final String code;

    Origin(String code) {
        this.code = code;
    }

    /** The stored code. */
    public String code() {
        return code;
    }

    /** Parses a stored code. */
    public static Origin of(String code) {
        String lower = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (Origin o : values()) {
            if (o.code.equals(lower)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown origin '" + code + "'");
    }
}
