package io.indaba.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code option-count}: a Winogrande item has exactly two options, a multiple-choice item at least two, and the
 * answer key must point at one of them.
 */
public final class OptionCountCheck implements QaCheck {

    /** The check id. */
    public static final String ID = "option-count";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The item has the wrong number of options, or its answer points past them.";
    }

    @Override
    public List<QaFinding> check(QaItem item, LanguageRules rules) {
        if (item.kind() != QaItemKind.MCQ && item.kind() != QaItemKind.WINOGRANDE) {
            return List.of();
        }
        List<QaFinding> out = new ArrayList<>(0);
        int n = item.options().size();
        if (item.kind() == QaItemKind.WINOGRANDE && n != 2) {
            out.add(finding(item, "A Winogrande item needs exactly 2 options; this one has " + n + "."));
        } else if (item.kind() == QaItemKind.MCQ && n < 2) {
            out.add(finding(item, "A multiple-choice item needs at least 2 options; this one has " + n + "."));
        }
        OptionalInt answer = AnswerKey.index(item.kind(), item.targetAnswer());
        if (answer.isPresent() && answer.getAsInt() >= n) {
            out.add(finding(item, "The answer " + item.targetAnswer().strip() + " points past the " + n
                    + " options."));
        }
        return out;
    }

    private static QaFinding finding(QaItem item, String message) {
        return QaFinding.of(ID, Severity.ERROR, item, QaFields.OPTIONS, message);
    }
}
