package io.indaba.app.audit;

import io.indaba.core.audit.Condition;
import io.indaba.core.audit.Field;
import io.indaba.core.audit.Rule;
import io.indaba.core.audit.Taxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A derived-label rule while the lead edits it: a label and its conditions, every one of which must hold. */
public final class RuleDraft {

    /** One condition: a field, a test, values (comma-separated ids), k for at-least, the tie policy for majority. */
    public static final class ConditionDraft {
        private final StringProperty field = new SimpleStringProperty();
        private final StringProperty test = new SimpleStringProperty("all");
        private final StringProperty values = new SimpleStringProperty("");
        private final IntegerProperty k = new SimpleIntegerProperty(1);
        private final BooleanProperty tie = new SimpleBooleanProperty();

        ConditionDraft(String field, String test, String values, int k, boolean tie) {
            this.field.set(field);
            this.test.set(test);
            this.values.set(values);
            this.k.set(k);
            this.tie.set(tie);
        }

        static ConditionDraft of(Condition c) {
            return new ConditionDraft(c.field(), c.test(), String.join(", ", c.values()), Math.max(1, c.k()), c.tie());
        }

        /** The condition, checked against {@code taxonomy}: a choice field, and values it offers. */
        Condition build(Taxonomy taxonomy, String rule) {
            Field f = taxonomy.field(field.get() == null ? "" : field.get()).orElseThrow(() ->
                    new IllegalArgumentException("rule " + rule + ": the taxonomy has no field '" + field.get() + "'"));
            if (!f.type().chosen()) {
                throw new IllegalArgumentException("rule " + rule + ": " + f.key() + " is free text, not a choice");
            }
            List<String> ids = Arrays.stream(values.get() == null ? new String[0] : values.get().split(","))
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("rule " + rule + ": the condition on " + f.key() + " needs values");
            }
            for (String v : ids) {
                if (!f.abstains(v) && !f.choices().contains(v)) {
                    throw new IllegalArgumentException("rule " + rule + ": " + f.key() + " has no value '" + v
                            + "' (values: " + String.join(", ", f.values()) + ")");
                }
            }
            boolean atLeast = "at-least".equals(test.get());
            return new Condition(f.key(), test.get(), ids, atLeast ? k.get() : 0,
                    "majority".equals(test.get()) && tie.get());
        }

        public StringProperty fieldProperty() {
            return field;
        }

        public StringProperty testProperty() {
            return test;
        }

        public StringProperty valuesProperty() {
            return values;
        }

        public IntegerProperty kProperty() {
            return k;
        }

        public BooleanProperty tieProperty() {
            return tie;
        }

        @Override
        public String toString() {
            return field.get() + " " + test.get() + ("at-least".equals(test.get()) ? " " + k.get() : "")
                    + " [" + values.get() + "]" + ("majority".equals(test.get()) ? (tie.get() ? " tie: yes" : " tie: no")
                    : "");
        }
    }

    private final StringProperty label = new SimpleStringProperty();
    private final ObservableList<ConditionDraft> conditions = FXCollections.observableArrayList();

    RuleDraft(String label) {
        this.label.set(label);
    }

    static RuleDraft of(Rule r) {
        RuleDraft d = new RuleDraft(r.label());
        r.when().forEach(c -> d.conditions.add(ConditionDraft.of(c)));
        return d;
    }

    Rule build(Taxonomy taxonomy) {
        List<Condition> when = new ArrayList<>();
        for (ConditionDraft c : conditions) {
            when.add(c.build(taxonomy, label.get()));
        }
        return new Rule(label.get() == null ? "" : label.get().strip(), when);
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObservableList<ConditionDraft> conditions() {
        return conditions;
    }

    @Override
    public String toString() {
        return label.get();
    }
}
