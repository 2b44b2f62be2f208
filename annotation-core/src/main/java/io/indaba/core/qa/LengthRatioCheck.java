package io.indaba.core.qa;

import io.indaba.core.text.Graphemes;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code length-ratio}: the translation is much shorter or longer than the source, counted in grapheme clusters so
 * that combining accents and Ethiopic syllables count as the reader sees them. Bounds are per language.
 */
public final class LengthRatioCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "length-ratio";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The translation is much shorter or longer than the source.";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        if (segment.isTargetBlank() || segment.sourceText() == null) {
            return Optional.empty();
        }
        LengthRatioBounds bounds = rules.lengthRatio();
        int source = Graphemes.count(segment.sourceText().strip());
        if (source < bounds.minSourceGraphemes() || source == 0) {
            return Optional.empty();
        }
        double ratio = (double) Graphemes.count(segment.targetText().strip()) / source;
        if (ratio >= bounds.min() && ratio <= bounds.max()) {
            return Optional.empty();
        }
        return Optional.of(finding(Severity.WARNING, segment, String.format(Locale.ROOT,
                "The translation is %.2f times as long as the source (expected %.2f to %.2f).",
                ratio, bounds.min(), bounds.max())));
    }
}
