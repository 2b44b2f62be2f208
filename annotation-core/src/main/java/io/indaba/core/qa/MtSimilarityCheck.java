package io.indaba.core.qa;

import io.indaba.core.text.EditDistance;
import io.indaba.core.text.Graphemes;
import io.indaba.core.text.HtmlEntities;
import io.indaba.core.text.Nfc;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code mt-similarity}: how far the translation moved from the machine draft the translator was shown, as grapheme
 * edit distance over the longer text. Too close means the draft was accepted unedited, too far that the target may
 * belong to another field. HTML character references that MT services leave in drafts ({@code &#39;}) are decoded
 * first so they do not count as edits.
 */
public final class MtSimilarityCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "mt-similarity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The translation is the machine draft unedited, or has nothing in common with it.";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        String draft = segment.machineDraft();
        if (draft == null || draft.isBlank() || segment.isTargetBlank()) {
            return Optional.empty();
        }
        MtSimilarityBounds bounds = rules.mtSimilarity();
        String target = Nfc.normalize(segment.targetText().strip());
        String machine = Nfc.normalize(HtmlEntities.decode(draft).strip());
        if (Math.max(Graphemes.count(target), Graphemes.count(machine)) < bounds.minGraphemes()) {
            return Optional.empty();
        }
        double distance = EditDistance.normalized(target, machine);
        String percent = String.format(Locale.ROOT, "%.0f%%", distance * 100);
        if (distance < bounds.tooClose()) {
            return Optional.of(finding(Severity.WARNING, segment,
                    "The translation is the machine draft almost unedited (" + percent + " changed)."));
        }
        if (distance > bounds.tooFar()) {
            return Optional.of(finding(Severity.WARNING, segment,
                    "The translation has almost nothing in common with the machine draft (" + percent
                            + " changed): is it in the right field?"));
        }
        return Optional.empty();
    }
}
