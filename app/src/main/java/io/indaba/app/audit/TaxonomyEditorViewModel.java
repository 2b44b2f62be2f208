package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.audit.Field;
import io.indaba.core.audit.FieldType;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.audit.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The lead's taxonomy editor: add, rename, drop and reorder fields and their values on a draft; nothing is stored
 * until Apply, which checks the draft and saves it as the next guideline version (Revert drops the draft). Keys and
 * value ids stay fixed once saved, so audits made under an older version keep counting; a rename changes words.
 */
public final class TaxonomyEditorViewModel implements VersionedDraft {

    private final ProjectAccess access;
    private final String actor;
    private final Runnable applied;
    private final ObservableList<FieldDraft> fields = FXCollections.observableArrayList();
    private final ObjectProperty<FieldDraft> selected = new SimpleObjectProperty<>();
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ChangeListener<Object> edited = (o, was, now) -> changed();
    private final ListChangeListener<FieldDraft.ValueDraft> valuesEdited = c -> changed();
    private Taxonomy saved = Taxonomy.defaults();

    /** {@code applied} runs on the UI thread after a new version was saved, so the audit form can follow. */
    public TaxonomyEditorViewModel(ProjectAccess access, String actor, Runnable applied) {
        this.access = access;
        this.actor = actor;
        this.applied = applied;
        fields.addListener((ListChangeListener<FieldDraft>) c -> changed());
    }

    /** Loads the current taxonomy as the draft. */
    public void load() {
        access.run(Messages.get("audit.loading"), p -> new Taxonomies(p.database()).current(), t -> {
            saved = t;
            revert();
        }, e -> message.set(Messages.format("audit.loadFailed", e.getMessage())));
    }

    /** Drops every edit since the last Apply. */
    @Override
    public void revert() {
        fields.forEach(this::unwatch);
        List<FieldDraft> drafts = new ArrayList<>();
        saved.fields().forEach(f -> drafts.add(watch(FieldDraft.of(f))));
        fields.setAll(drafts);
        version.set(saved.version());
        selected.set(drafts.isEmpty() ? null : drafts.get(0));
        changed();
    }

    /** Adds a field after the others; its key is made from the label. Returns it, selected. */
    public FieldDraft addField(String label, FieldType type) {
        if (label == null || label.isBlank()) {
            message.set(Messages.get("audit.edit.labelRequired"));
            return null;
        }
        List<String> keys = fields.stream().map(FieldDraft::key).toList();
        String key = unique(slug(label, '_'), keys, "_");
        if (!key.matches("[a-z].*")) {
            key = unique("field_" + key, keys, "_");
        }
        FieldDraft d = watch(new FieldDraft(key, label.strip(), type, false));
        fields.add(d);
        selected.set(d);
        return d;
    }

    /** Drops the selected field from the draft (audits that answered it keep their answers). */
    public void dropField() {
        FieldDraft d = selected.get();
        if (d != null) {
            int at = fields.indexOf(d);
            unwatch(d);
            fields.remove(d);
            selected.set(fields.isEmpty() ? null : fields.get(Math.min(at, fields.size() - 1)));
        }
    }

    /** Moves the selected field up (-1) or down (+1). */
    public void moveField(int delta) {
        FieldDraft d = selected.get();
        int at = fields.indexOf(d);
        int to = at + delta;
        if (d != null && to >= 0 && to < fields.size()) {
            fields.remove(at);
            fields.add(to, d);
            selected.set(d);
        }
    }

    /** Adds a value (or an abstention) to the selected field; its id is made from the label. */
    public boolean addValue(String label, boolean abstention) {
        FieldDraft d = selected.get();
        if (d == null) {
            return false;
        }
        if (label == null || label.isBlank()) {
            message.set(Messages.get("audit.edit.labelRequired"));
            return false;
        }
        List<String> ids = d.values().stream().map(FieldDraft.ValueDraft::id).toList();
        String id = unique(slug(label, '-'), ids, "-");
        d.values().add(new FieldDraft.ValueDraft(id.isEmpty() ? unique("value", ids, "-") : id, label.strip(),
                abstention));
        return true;
    }

    /** Renames value {@code index} of the selected field: new words, the same id. */
    public void renameValue(int index, String label) {
        FieldDraft d = selected.get();
        if (d != null && index >= 0 && index < d.values().size() && label != null && !label.isBlank()) {
            FieldDraft.ValueDraft v = d.values().get(index);
            d.values().set(index, new FieldDraft.ValueDraft(v.id(), label.strip(), v.abstention()));
        }
    }

    /** Drops value {@code index} of the selected field. */
    public void dropValue(int index) {
        FieldDraft d = selected.get();
        if (d != null && index >= 0 && index < d.values().size()) {
            d.values().remove(index);
        }
    }

    /** Moves value {@code index} of the selected field up (-1) or down (+1): the order of an ordinal scale. */
    public int moveValue(int index, int delta) {
        FieldDraft d = selected.get();
        int to = index + delta;
        if (d == null || index < 0 || index >= d.values().size() || to < 0 || to >= d.values().size()) {
            return index;
        }
        FieldDraft.ValueDraft v = d.values().remove(index);
        d.values().add(to, v);
        return to;
    }

    /** The draft as a taxonomy; throws with the reason when a field is not valid. */
    public Taxonomy build() {
        List<Field> out = new ArrayList<>();
        for (FieldDraft d : fields) {
            out.add(d.build());
        }
        return new Taxonomy(0, out);
    }

    /** Checks the draft and saves it as the next guideline version; returns false with a message when it is not valid. */
    @Override
    public boolean apply() {
        Taxonomy draft;
        try {
            draft = build();
        } catch (IllegalArgumentException e) {
            message.set(Messages.format("audit.edit.invalid", e.getMessage()));
            return false;
        }
        if (draft.fields().isEmpty()) {
            message.set(Messages.get("audit.edit.noFields"));
            return false;
        }
        if (saved.version() > 0 && draft.fields().equals(saved.fields())) {
            message.set(Messages.get("audit.edit.unchanged"));
            return false;
        }
        access.run(Messages.get("audit.edit.saving"), p -> new Taxonomies(p.database()).save(draft, actor), t -> {
            saved = t;
            revert();
            message.set(Messages.format("audit.edit.savedGuideline", t.version()));
            applied.run();
        }, e -> message.set(Messages.format("audit.edit.failed", e.getMessage())));
        return true;
    }

    private void changed() {
        boolean same;
        try {
            same = build().fields().equals(saved.fields());
        } catch (IllegalArgumentException e) {
            same = false;
        }
        dirty.set(!same);
    }

    private FieldDraft watch(FieldDraft d) {
        d.labelProperty().addListener(edited);
        d.typeProperty().addListener(edited);
        d.values().addListener(valuesEdited);
        return d;
    }

    private void unwatch(FieldDraft d) {
        d.labelProperty().removeListener(edited);
        d.typeProperty().removeListener(edited);
        d.values().removeListener(valuesEdited);
    }

    /** Lower-case letters and digits of {@code text}, other runs as {@code sep}. */
    static String slug(String text, char sep) {
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", String.valueOf(sep));
        s = s.replaceAll("^" + sep + "+|" + sep + "+$", "");
        return s.length() > 50 ? s.substring(0, 50) : s;
    }

    private static String unique(String base, List<String> taken, String sep) {
        String out = base;
        for (int n = 2; taken.contains(out); n++) {
            out = base + sep + n;
        }
        return out;
    }

    public ObservableList<FieldDraft> fields() {
        return fields;
    }

    public ObjectProperty<FieldDraft> selectedProperty() {
        return selected;
    }

    /** The guideline version the draft started from (0: the default, not saved yet). */
    @Override
    public IntegerProperty versionProperty() {
        return version;
    }

    /** Whether the draft differs from the saved taxonomy. */
    @Override
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    @Override
    public StringProperty messageProperty() {
        return message;
    }
}
