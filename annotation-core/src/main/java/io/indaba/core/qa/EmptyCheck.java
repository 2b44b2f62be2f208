package io.indaba.core.qa;

import java.util.Optional;

/** {@code empty}: the source has text but the translation is missing, or only spaces and invisible characters. */
public final class EmptyCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "empty";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A field with source text has no translation.";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        if (segment.isSourceBlank() || !segment.isTargetBlank()) {
            return Optional.empty();
        }
        String what = segment.targetText() == null ? "is not translated" : "has a blank translation";
        return Optional.of(finding(Severity.ERROR, segment, segment.field() + " " + what + "."));
    }
}
