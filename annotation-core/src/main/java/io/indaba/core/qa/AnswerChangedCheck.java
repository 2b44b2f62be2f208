package io.indaba.core.qa;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * {@code answer-changed}: the answer key of the translated item must be the source's; translators never change
 * it, so a difference is an import or alignment error.
 */
public final class AnswerChangedCheck implements QaCheck {

    /** The check id. */
    public static final String ID = "answer-changed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The translated item's answer key differs from the source's.";
    }

    @Override
    public List<QaFinding> check(QaItem item, LanguageRules rules) {
        String source = item.sourceAnswer();
        if (source == null || source.isBlank()
                || (item.kind() != QaItemKind.MCQ && item.kind() != QaItemKind.WINOGRANDE)) {
            return List.of();
        }
        String target = item.targetAnswer();
        if (target == null || target.isBlank()) {
            return List.of(finding(item, "The translation has no answer key; the source's is " + source.strip() + "."));
        }
        OptionalInt s = AnswerKey.index(item.kind(), source);
        OptionalInt t = AnswerKey.index(item.kind(), target);
        boolean same = s.isPresent() && t.isPresent() ? s.getAsInt() == t.getAsInt()
                : Objects.equals(source.strip(), target.strip());
        return same ? List.of() : List.of(finding(item,
                "The answer key changed from " + source.strip() + " to " + target.strip() + "."));
    }

    private QaFinding finding(QaItem item, String message) {
        return QaFinding.of(ID, Severity.ERROR, item, QaFields.ANSWER, message);
    }
}
