package io.indaba.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Runs the enabled checks of a registry over items under one policy. Thread-safe. */
public final class QaRunner {

    private final List<QaCheck> checks;
    private final QaPolicy policy;
    private final Map<String, LanguageRules> rulesByLang = new ConcurrentHashMap<>();

    /** A runner for the enabled checks of {@code registry} under {@code policy}. */
    public QaRunner(QaCheckRegistry registry, QaPolicy policy) {
        this.policy = policy;
        this.checks = registry.all().stream().filter(c -> policy.isEnabled(c.id())).toList();
    }

    /** A runner for every built-in check under the built-in policy. */
    public static QaRunner standard() {
        return new QaRunner(QaCheckRegistry.standard(), QaPolicy.standard());
    }

    /** The findings for one item, check by check in registry order. */
    public List<QaFinding> check(QaItem item) {
        List<QaFinding> out = new ArrayList<>();
        LanguageRules rules = rulesFor(item.lang());
        for (QaCheck check : checks) {
            runGuarded(check, item, rules, out::add);
        }
        return out;
    }

    /** The findings for all {@code items}, in item order. */
    public List<QaFinding> checkAll(Iterable<? extends QaItem> items) {
        List<QaFinding> out = new ArrayList<>();
        checkAll(items, out::add);
        return out;
    }

    /**
     * The findings for all {@code items} in item order, computed on all cores (the common fork-join pool); call it
     * off the UI thread.
     */
    public List<QaFinding> checkAllInParallel(List<? extends QaItem> items) {
        return items.parallelStream().flatMap(item -> check(item).stream()).toList();
    }

    /** Streams the findings for all {@code items} to {@code sink}, for projects too big to hold every finding. */
    public void checkAll(Iterable<? extends QaItem> items, Consumer<? super QaFinding> sink) {
        for (QaItem item : items) {
            LanguageRules rules = rulesFor(item.lang());
            for (QaCheck check : checks) {
                runGuarded(check, item, rules, sink);
            }
        }
    }

    /** The findings of the per-segment checks for one field being edited, without the item around it. */
    public List<QaFinding> checkSegment(QaSegment segment) {
        List<QaFinding> out = new ArrayList<>();
        QaItem alone = QaItem.of(segment);
        LanguageRules rules = rulesFor(segment.lang());
        for (QaCheck check : checks) {
            if (check instanceof SegmentCheck) {
                runGuarded(check, alone, rules, out::add);
            }
        }
        return out;
    }

    private LanguageRules rulesFor(String lang) {
        return rulesByLang.computeIfAbsent(lang, policy::rulesFor);
    }

    // A faulty (plugin) check must not stop the run: its failure becomes a finding a person will see.
    private static void runGuarded(QaCheck check, QaItem item, LanguageRules rules, Consumer<? super QaFinding> sink) {
        List<QaFinding> found;
        try {
            found = check.check(item, rules);
        } catch (RuntimeException e) {
            sink.accept(QaFinding.of(check.id(), Severity.WARNING, item, QaFields.ITEM,
                    "the check failed on this item: " + e));
            return;
        }
        found.forEach(sink);
    }
}
