package io.indaba.core.qa;

import java.util.Objects;

/**
 * A term the project has fixed: when {@code source} occurs in the English, {@code target} should occur in the
 * translation. Several terms with the same source are accepted alternatives.
 */
public record GlossaryTerm(String source, String target) {

    /** Rejects blank terms, which would match everywhere. */
    public GlossaryTerm {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (source.isBlank() || target.isBlank()) {
            throw new IllegalArgumentException("glossary terms must not be blank");
        }
    }
}
