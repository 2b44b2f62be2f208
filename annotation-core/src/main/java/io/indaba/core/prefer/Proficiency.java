package io.indaba.core.prefer;

import java.util.Locale;

/** How well an annotator reads a language. */
public enum Proficiency {
    NATIVE, FLUENT, WORKING, BASIC;

    /** The stored code. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stored or typed code. */
    public static Proficiency of(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown proficiency '" + code + "' (native, fluent, working, basic)");
        }
    }
}
