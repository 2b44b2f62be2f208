package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.audit.Field;
import io.indaba.core.audit.FieldType;
import io.indaba.core.audit.Rule;
import io.indaba.core.audit.RuleSet;
import io.indaba.core.audit.RuleSets;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.audit.Taxonomy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The lead's rule set editor: rules that derive labels (appropriate, culturally-sensitive, ...) from audits, with
 * thresholds (at-least k) and a tie policy (majority), edited as a draft and saved on Apply as the next rule set
 * version after checking every condition against the current taxonomy. Revert drops the draft.
 */
public final class RulesEditorViewModel implements VersionedDraft {

    /** The tests a condition can make. */
    public static final List<String> TESTS = List.of("all", "none", "at-least", "majority");

    private final ProjectAccess access;
    private final String actor;
    private final ObservableList<RuleDraft> rules = FXCollections.observableArrayList(r -> new Observable[] {
            r.labelProperty(), r.conditions()});
    private final ObjectProperty<RuleDraft> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> fieldKeys = FXCollections.observableArrayList();
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private RuleSet saved = RuleSet.defaults();
    private Taxonomy taxonomy = Taxonomy.defaults();

    public RulesEditorViewModel(ProjectAccess access, String actor) {
        this.access = access;
        this.actor = actor;
        rules.addListener((ListChangeListener<RuleDraft>) c -> changed()); // labels and conditions too, by extractor
    }

    private record Loaded(RuleSet rules, Taxonomy taxonomy) {
    }

    /** Loads the current rule set as the draft, and the taxonomy its conditions refer to. */
    public void load() {
        access.run(Messages.get("audit.loading"), p -> new Loaded(new RuleSets(p.database()).current(),
                new Taxonomies(p.database()).current()), loaded -> {
                    saved = loaded.rules();
                    taxonomy = loaded.taxonomy();
                    fieldKeys.setAll(taxonomy.fields().stream().filter(f -> f.type().chosen()).map(Field::key).toList());
                    revert();
                }, e -> message.set(Messages.format("audit.loadFailed", e.getMessage())));
    }

    /** Drops every edit since the last Apply. */
    @Override
    public void revert() {
        List<RuleDraft> drafts = new ArrayList<>();
        saved.rules().forEach(r -> drafts.add(RuleDraft.of(r)));
        drafts.forEach(r -> r.conditions().forEach(this::watch));
        rules.setAll(drafts);
        version.set(saved.version());
        selected.set(drafts.isEmpty() ? null : drafts.get(0));
        changed();
    }

    /** Adds a rule with one condition to fill in; its label is made from {@code label}. */
    public RuleDraft addRule(String label) {
        String slug = TaxonomyEditorViewModel.slug(label == null ? "" : label, '-');
        if (slug.isEmpty() || !slug.matches("[a-z].*")) {
            message.set(Messages.get("audit.edit.ruleLabel"));
            return null;
        }
        Set<String> taken = new HashSet<>();
        rules.forEach(r -> taken.add(r.labelProperty().get()));
        String unique = slug;
        for (int n = 2; taken.contains(unique); n++) {
            unique = slug + "-" + n;
        }
        RuleDraft d = new RuleDraft(unique);
        d.conditions().add(newCondition());
        watch(d.conditions().get(0));
        rules.add(d);
        selected.set(d);
        changed();
        return d;
    }

    /** Drops the selected rule. */
    public void dropRule() {
        RuleDraft d = selected.get();
        if (d != null) {
            int at = rules.indexOf(d);
            rules.remove(d);
            selected.set(rules.isEmpty() ? null : rules.get(Math.min(at, rules.size() - 1)));
            changed();
        }
    }

    /** Adds a condition to the selected rule and returns it. */
    public RuleDraft.ConditionDraft addCondition() {
        RuleDraft d = selected.get();
        if (d == null) {
            return null;
        }
        RuleDraft.ConditionDraft c = newCondition();
        watch(c);
        d.conditions().add(c);
        changed();
        return c;
    }

    /** Drops condition {@code index} of the selected rule. */
    public void dropCondition(int index) {
        RuleDraft d = selected.get();
        if (d != null && index >= 0 && index < d.conditions().size()) {
            d.conditions().remove(index);
            changed();
        }
    }

    private RuleDraft.ConditionDraft newCondition() {
        return new RuleDraft.ConditionDraft(fieldKeys.isEmpty() ? "" : fieldKeys.get(0), "all", "", 1, false);
    }

    private void watch(RuleDraft.ConditionDraft c) {
        c.fieldProperty().addListener(o -> changed());
        c.testProperty().addListener(o -> changed());
        c.valuesProperty().addListener(o -> changed());
        c.kProperty().addListener(o -> changed());
        c.tieProperty().addListener(o -> changed());
    }

    /** The draft as a rule set; throws with the reason when a rule is not valid. */
    public RuleSet build() {
        List<Rule> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (RuleDraft d : rules) {
            Rule r = d.build(taxonomy);
            if (!labels.add(r.label())) {
                throw new IllegalArgumentException("two rules derive " + r.label());
            }
            out.add(r);
        }
        return new RuleSet(0, out);
    }

    /** Checks the draft and saves it as the next rule set version; false with a message when it is not valid. */
    @Override
    public boolean apply() {
        RuleSet draft;
        try {
            draft = build();
        } catch (IllegalArgumentException e) {
            message.set(Messages.format("audit.edit.invalid", e.getMessage()));
            return false;
        }
        if (saved.version() > 0 && draft.rules().equals(saved.rules())) {
            message.set(Messages.get("audit.edit.unchanged"));
            return false;
        }
        access.run(Messages.get("audit.edit.saving"), p -> new RuleSets(p.database()).save(draft, actor), r -> {
            saved = r;
            revert();
            message.set(Messages.format("audit.edit.savedRules", r.version()));
        }, e -> message.set(Messages.format("audit.edit.failed", e.getMessage())));
        return true;
    }

    private void changed() {
        boolean same;
        try {
            same = build().rules().equals(saved.rules());
        } catch (IllegalArgumentException e) {
            same = false;
        }
        dirty.set(!same);
    }

    public ObservableList<RuleDraft> rules() {
        return rules;
    }

    public ObjectProperty<RuleDraft> selectedProperty() {
        return selected;
    }

    /** The taxonomy's choice fields a condition can test. */
    public ObservableList<String> fieldKeys() {
        return fieldKeys;
    }

    /** The values a field offers as "id (words)", for the view's hint; a place field names its list. */
    public List<String> valuesOf(String field) {
        Field f = taxonomy.field(field == null ? "" : field).orElse(null);
        if (f == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(f.type() == FieldType.REGION || f.type() == FieldType.COUNTRY
                ? List.of(f.type() == FieldType.REGION ? "UN M49 codes" : "ISO 3166 codes") : f.values());
        ids.addAll(f.abstentions());
        return ids.stream().map(v -> f.values().contains(v) || f.abstains(v) ? v + " (" + f.valueLabel(v) + ")" : v)
                .toList();
    }

    /** The rule set version the draft started from (0: the default, not saved yet). */
    @Override
    public IntegerProperty versionProperty() {
        return version;
    }

    @Override
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    @Override
    public StringProperty messageProperty() {
        return message;
    }
}
