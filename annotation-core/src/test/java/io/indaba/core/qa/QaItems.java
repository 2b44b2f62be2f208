package io.indaba.core.qa;

import java.util.List;

/** Builds small QA items and segments for the check tests. */
final class QaItems {

    private QaItems() {
    }

    static QaSegment segment(QaItemKind kind, String field, String lang, String source, String target) {
        return new QaSegment("q1", kind, field, lang, source, target);
    }

    static QaSegment text(String lang, String source, String target) {
        return segment(QaItemKind.TEXT, QaFields.TEXT, lang, source, target);
    }

    static QaItem item(QaSegment... segments) {
        QaSegment first = segments[0];
        return QaItem.of(first.itemId(), first.itemKind(), first.lang(), List.of(segments));
    }

    static QaItem winogrande(String lang, String sentence, String target, String option1, String target1,
                             String option2, String target2) {
        return winogrande(lang, sentence, target, option1, target1, option2, target2, "1", "1");
    }

    static QaItem winogrande(String lang, String sentence, String target, String option1, String target1,
                             String option2, String target2, String sourceAnswer, String targetAnswer) {
        QaItemKind k = QaItemKind.WINOGRANDE;
        return new QaItem("q1", k, lang, sourceAnswer, targetAnswer, List.of(
                segment(k, QaFields.SENTENCE, lang, sentence, target),
                segment(k, QaFields.option(1), lang, option1, target1),
                segment(k, QaFields.option(2), lang, option2, target2)), List.of());
    }

    static QaItem mcq(String lang, String sourceAnswer, String targetAnswer, String... optionTargets) {
        QaItemKind k = QaItemKind.MCQ;
        List<QaSegment> segments = new java.util.ArrayList<>();
        segments.add(segment(k, QaFields.QUESTION, lang, "Which one?", "Ipi?"));
        for (int i = 0; i < optionTargets.length; i++) {
            segments.add(segment(k, QaFields.option(i + 1), lang, "choice " + (char) ('a' + i), optionTargets[i]));
        }
        return new QaItem("q1", k, lang, sourceAnswer, targetAnswer, segments, List.of());
    }

    /** The findings of one check for an item under the standard policy. */
    static List<QaFinding> run(QaCheck check, QaItem item) {
        return check.check(item, QaPolicy.standard().rulesFor(item.lang()));
    }

    static List<QaFinding> run(QaCheck check, QaSegment segment) {
        return run(check, QaItem.of(segment));
    }
}
