package io.indaba.core.translate;

import java.util.Locale;

/** Where a translated field stands: new → draft → translated → reviewed → approved, or rejected / needs adaptation. */
public enum TranslationStatus {
    NEW("new"), DRAFT("draft"), TRANSLATED("translated"), REVIEWED("reviewed"), APPROVED("approved"),
    REJECTED("rejected"), NEEDS_ADAPTATION("needs-adaptation");

    private final String code;

    TranslationStatus(String code) {
        this.code = code;
    }

    /** The stored code. */
    public String code() {
        return code;
    }

    /** Parses a stored or typed code. */
    public static TranslationStatus of(String code) {
        String lower = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (TranslationStatus s : values()) {
            if (s.code.equals(lower)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown translation status '" + code + "'");
    }

    /** Whether a translator still has work on it. */
    public boolean unfinished() {
        return this == NEW || this == DRAFT || this == REJECTED || this == NEEDS_ADAPTATION;
    }
}
