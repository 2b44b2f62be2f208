package io.indaba.app.audit;

import io.indaba.core.audit.Field;
import io.indaba.core.audit.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A taxonomy field while the lead edits it: the key is fixed once saved (audits store it), the label, type and values
 * change freely until Apply. Values keep their ids; renaming one changes its label.
 */
public final class FieldDraft {

    /** One value or abstention: its stable id and the words reviewers see. */
    public record ValueDraft(String id, String label, boolean abstention) {
    }

    private final String key;
    private final boolean saved;
    private final StringProperty label = new SimpleStringProperty();
    private final ObjectProperty<FieldType> type = new SimpleObjectProperty<>();
    private final ObservableList<ValueDraft> values = FXCollections.observableArrayList();

    FieldDraft(String key, String label, FieldType type, boolean saved) {
        this.key = key;
        this.saved = saved;
        this.label.set(label);
        this.type.set(type);
    }

    /** A draft of a stored field, its values with the words reviewers see now. */
    static FieldDraft of(Field f) {
        FieldDraft d = new FieldDraft(f.key(), f.label(), f.type(), true);
        f.values().forEach(v -> d.values.add(new ValueDraft(v, f.valueLabel(v), false)));
        f.abstentions().forEach(v -> d.values.add(new ValueDraft(v, f.valueLabel(v), true)));
        return d;
    }

    /**
     * The field this draft describes; a label the field would show anyway is not stored, so an untouched field equals
     * the saved one. Throws with the reason when the draft is not a valid field.
     */
    Field build() {
        List<String> choices = new ArrayList<>();
        List<String> abstentions = new ArrayList<>();
        for (ValueDraft v : values) {
            (v.abstention() ? abstentions : choices).add(v.id());
        }
        String words = label.get() == null || label.get().isBlank() ? key : label.get().strip();
        Field plain = new Field(key, words, type.get(), choices, abstentions);
        Map<String, String> own = new LinkedHashMap<>();
        for (ValueDraft v : values) {
            String shown = v.label() == null || v.label().isBlank() ? v.id() : v.label().strip();
            if (!shown.equals(plain.valueLabel(v.id()))) {
                own.put(v.id(), shown);
            }
        }
        return new Field(key, words, type.get(), choices, abstentions, own);
    }

    /** The stable key audits store. */
    public String key() {
        return key;
    }

    /** Whether the field is in the saved taxonomy (its key can no longer change). */
    public boolean saved() {
        return saved;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<FieldType> typeProperty() {
        return type;
    }

    /** Values, then abstentions, in order (an ordinal scale lowest rank first). */
    public ObservableList<ValueDraft> values() {
        return values;
    }

    @Override
    public String toString() {
        return label.get() + " (" + key + ", " + type.get().code() + ")";
    }
}
