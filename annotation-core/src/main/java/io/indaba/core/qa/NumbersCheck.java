package io.indaba.core.qa;

import io.indaba.core.text.Numbers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code numbers}: the numbers of the source must reappear in the translation, compared by value across scripts,
 * so "12" may be written "١٢", "१२", "߁߂" or "፲፪".
 */
public final class NumbersCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "numbers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The numbers in the translation differ from those in the source.";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        if (segment.isTargetBlank() || segment.sourceText() == null) {
            return Optional.empty();
        }
        List<String> source = Numbers.in(segment.sourceText());
        List<String> target = Numbers.in(segment.targetText());
        if (source.isEmpty() && target.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> balance = new HashMap<>();
        source.forEach(n -> balance.merge(n, 1, Integer::sum));
        target.forEach(n -> balance.merge(n, -1, Integer::sum));
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        // report in source order, then target order, so messages are stable
        for (String n : source) {
            if (balance.getOrDefault(n, 0) > 0 && !missing.contains(n)) {
                missing.add(n);
            }
        }
        for (String n : target) {
            if (balance.getOrDefault(n, 0) < 0 && !extra.contains(n)) {
                extra.add(n);
            }
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder("Numbers differ from the source:");
        if (!missing.isEmpty()) {
            message.append(" missing ").append(String.join(", ", missing)).append(';');
        }
        if (!extra.isEmpty()) {
            message.append(" not in the source ").append(String.join(", ", extra)).append(';');
        }
        message.setCharAt(message.length() - 1, '.');
        return Optional.of(finding(Severity.WARNING, segment, message.toString()));
    }
}
