package io.indaba.core.audit;

import java.util.List;

/** A derived label (e.g. {@code appropriate}) that an item carries when every condition holds. */
public record Rule(String label, List<Condition> when) {
    public Rule {
        if (label == null || !label.matches("[a-z][a-z0-9-]{0,59}")) {
            throw new IllegalArgumentException("rule label '" + label + "': lower-case letters, digits and '-'");
        }
        when = List.copyOf(when);
        if (when.isEmpty()) {
            throw new IllegalArgumentException("rule " + label + " needs a condition");
        }
    }
}
