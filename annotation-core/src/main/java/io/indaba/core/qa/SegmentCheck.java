package io.indaba.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check that judges each segment on its own (the item is there for context such as the glossary), at most one
 * finding per segment. Only these run while a single field is being edited.
 */
public abstract class SegmentCheck implements QaCheck {

    @Override
    public final List<QaFinding> check(QaItem item, LanguageRules rules) {
        List<QaFinding> out = new ArrayList<>(0);
        for (QaSegment segment : item.segments()) {
            checkSegment(segment, item, rules).ifPresent(out::add);
        }
        return out;
    }

    /** The finding for {@code segment}, if any. */
    protected abstract Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules);

    /** A finding of this check about {@code segment}. */
    protected QaFinding finding(Severity severity, QaSegment segment, String message) {
        return QaFinding.of(id(), severity, segment, message);
    }
}
