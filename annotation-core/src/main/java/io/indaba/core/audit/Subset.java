package io.indaba.core.audit;

import io.indaba.core.store.Database;
import java.util.HashSet;
import java.util.Set;

/** The items of one language that carry a derived label under the current rule set, e.g. the CS split. */
public record Subset(String label, String lang, int ruleVersion, Set<Long> itemIds) {

    public Subset {
        itemIds = Set.copyOf(itemIds);
    }

    /** Applies the current rule set to the audits of {@code lang}; an unknown label is refused. */
    public static Subset of(Database db, String lang, String label) {
        if (lang == null) {
            throw new IllegalArgumentException("--subset needs --lang: audits and their labels are per language");
        }
        RuleSet rules = new RuleSets(db).current();
        if (rules.rules().stream().noneMatch(r -> r.label().equals(label))) {
            throw new IllegalArgumentException("no audit rule gives the label '" + label + "' (rule set version "
                    + rules.version() + " gives " + String.join(", ", rules.rules().stream().map(Rule::label).toList())
                    + ")");
        }
        AuditBook book = AuditBook.read(db, lang);
        Set<Long> ids = new HashSet<>();
        for (long itemId : book.items()) {
            if (rules.labels(book, itemId).contains(label)) {
                ids.add(itemId);
            }
        }
        return new Subset(label, lang, rules.version(), ids);
    }

    /** The note an export report carries: which rules chose the items. */
    public String note() {
        return "subset " + label + " of " + lang + ": " + itemIds.size() + " items by audit rule set version "
                + ruleVersion + (ruleVersion == 0 ? " (the default rules)" : "");
    }
}
