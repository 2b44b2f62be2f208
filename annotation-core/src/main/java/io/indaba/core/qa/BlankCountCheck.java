package io.indaba.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code blank-count}: a Winogrande sentence must hold exactly one blank {@code _}, which the evaluation replaces
 * with each option. A doubled blank ({@code __}) is fixed to one; two separate blanks need a person.
 */
public final class BlankCountCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "blank-count";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A Winogrande sentence does not contain exactly one blank _.";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        if (segment.itemKind() != QaItemKind.WINOGRANDE || !QaFields.SENTENCE.equals(segment.field())
                || segment.isTargetBlank()) {
            return Optional.empty();
        }
        String target = segment.targetText();
        List<TextRange> blanks = new ArrayList<>();
        for (int i = target.indexOf('_'); i >= 0; i = target.indexOf('_', i + 1)) {
            blanks.add(new TextRange(i, i + 1));
        }
        if (blanks.size() == 1) {
            return Optional.empty();
        }
        QaFinding f = finding(Severity.ERROR, segment, blanks.isEmpty()
                ? "The sentence has lost its blank _: it needs exactly one."
                : "The sentence has " + blanks.size() + " blanks _: it needs exactly one.").withRanges(blanks);
        int first = blanks.isEmpty() ? -1 : blanks.get(0).start();
        boolean oneRun = first >= 0 && blanks.get(blanks.size() - 1).start() == first + blanks.size() - 1;
        return Optional.of(oneRun
                ? f.withFix(target.substring(0, first + 1) + target.substring(first + blanks.size()))
                : f);
    }
}
