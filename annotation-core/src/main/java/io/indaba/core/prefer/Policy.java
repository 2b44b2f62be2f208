package io.indaba.core.prefer;

import java.util.Locale;

/** Which decisions an export writes: every judgement, or the majority decision per item, language and pair. */
public enum Policy {
    JUDGEMENT, MAJORITY;

    /** Parses {@code judgement} or {@code majority}. */
    public static Policy of(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "judgement", "judgment" -> JUDGEMENT;
            case "majority" -> MAJORITY;
            default -> throw new IllegalArgumentException("unknown policy '" + text + "' (judgement, majority)");
        };
    }
}
