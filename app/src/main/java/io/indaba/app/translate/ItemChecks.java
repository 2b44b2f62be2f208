package io.indaba.app.translate;

import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.qa.QaFields;
import io.indaba.core.qa.QaFinding;
import io.indaba.core.qa.QaItem;
import io.indaba.core.qa.QaItemKind;
import io.indaba.core.qa.QaRunner;
import io.indaba.core.qa.QaSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the QA checks on a stored item and its targets. The store names MCQ choices {@code A}..{@code D}, the checks
 * {@code option1}..{@code option4}; this is the one place that maps between the two.
 */
public final class ItemChecks {

    /** A finding with the store's name of the field it is about. */
    public record Finding(QaFinding finding, String field) {
    }

    private static final QaRunner RUNNER = QaRunner.standard();

    private ItemChecks() {
    }

    /** The findings for {@code item} translated into {@code lang} as {@code targets} (by store field name). */
    public static List<Finding> check(Item item, String lang, Map<String, String> targets) {
        QaItemKind kind = QaItemKind.fromId(item.kind().code());
        List<QaSegment> segments = new ArrayList<>();
        for (Map.Entry<String, String> field : item.fields().entrySet()) {
            String target = targets.get(field.getKey());
            segments.add(new QaSegment(item.externalId(), kind, checkField(item.kind(), field.getKey()), lang,
                    field.getValue(), target == null || target.isEmpty() ? null : target));
        }
        // The editor never lets anyone touch the answer key, so the target carries the source's key.
        QaItem qa = new QaItem(item.externalId(), kind, lang, item.answer(), item.answer(), segments, List.of());
        List<Finding> out = new ArrayList<>();
        for (QaFinding f : RUNNER.check(qa)) {
            out.add(new Finding(f, storeField(item.kind(), f.field())));
        }
        return out;
    }

    /** Whether the item, as stored in {@code lang}, has a finding of check {@code checkId}. */
    public static boolean has(ItemPages.ListedItem listed, String lang, String checkId) {
        if (listed.targets().isEmpty()) {
            return false;
        }
        return check(listed.item(), lang, listed.targets()).stream()
                .anyMatch(f -> f.finding().checkId().equals(checkId));
    }

    static String checkField(ItemKind kind, String field) {
        if (kind == ItemKind.MCQ && field.length() == 1 && field.charAt(0) >= 'A' && field.charAt(0) <= 'Z') {
            return QaFields.option(field.charAt(0) - 'A' + 1);
        }
        return field;
    }

    static String storeField(ItemKind kind, String field) {
        int option = QaFields.optionNumber(field);
        if (kind == ItemKind.MCQ && option > 0 && option <= 26) {
            return String.valueOf((char) ('A' + option - 1));
        }
        return field;
    }
}
