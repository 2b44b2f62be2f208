package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.audit.AuditQueue;
import io.indaba.core.audit.AuditTask;
import io.indaba.core.audit.Audits;
import io.indaba.core.audit.Field;
import io.indaba.core.audit.FieldType;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.audit.Taxonomy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The state of the audit view: the item on screen and the next ones (prefetched, so "submit" shows the next at once),
 * the reviewer's answers field by field, the field the number keys act on, and the note. A submit commits in the
 * background while the reviewer moves on.
 */
public final class AuditViewModel {

    private static final int PREFETCH = 5;
    /** Number keys 1-9 pick an option, so a field with more options (region, country) is chosen from a list. */
    private static final int KEYED = 9;

    private final ProjectAccess access;
    private final String reviewer;
    private final String lang;
    private final Deque<AuditTask> prefetched = new ArrayDeque<>();
    private final Set<Long> inFlight = new HashSet<>();
    private boolean refilling;
    private boolean exhausted;

    private final ObjectProperty<Taxonomy> taxonomy = new SimpleObjectProperty<>();
    private final ObservableList<Field> keyedFields = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AuditTask> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AuditTask> upcoming = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, List<String>> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private final IntegerProperty focusedField = new SimpleIntegerProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty submitted = new SimpleIntegerProperty();
    private final ObservableList<String> translatedFields = FXCollections.observableArrayList();
    private final StringProperty adaptationField = new SimpleStringProperty();
    private final StringProperty adaptation = new SimpleStringProperty("");

    public AuditViewModel(ProjectAccess access, String reviewer, String lang) {
        this.access = access;
        this.reviewer = reviewer;
        this.lang = lang;
        // choosing a field to adapt starts from its translation, so the reviewer edits rather than retypes
        adaptationField.addListener((o, was, now) -> adaptation.set(translationOf(now)));
    }

    /** Loads the project's taxonomy and the first items; call once. */
    public void start() {
        access.run(Messages.get("audit.loading"), p -> new Taxonomies(p.database()).current(), t -> {
            // the keyed fields first: a view builds its rows when the taxonomy arrives
            keyedFields.setAll(t.fields().stream().filter(f -> f.type().chosen() && options(f).size() <= KEYED).toList());
            taxonomy.set(t);
            refill();
        }, this::failed);
    }

    /** The values a field offers, then its abstentions: option n is number key n. */
    public static List<String> options(Field f) {
        List<String> all = new ArrayList<>(f.choices());
        all.addAll(f.abstentions());
        return all;
    }

    /** Number key {@code n} (1-based) on the focused field: picks the option, or toggles it in a multiple choice. */
    public void press(int n) {
        if (keyedFields.isEmpty() || current.get() == null) {
            return;
        }
        Field f = keyedFields.get(focusedField.get());
        List<String> options = options(f);
        if (n >= 1 && n <= options.size()) {
            choose(f, options.get(n - 1));
        }
    }

    /** Picks {@code value} for a field; in a multiple choice it toggles, and an abstention stands alone. */
    public void choose(Field f, String value) {
        if (f.type() != FieldType.MULTIPLE || f.abstains(value)) {
            answers.put(f.key(), List.of(value));
            return;
        }
        List<String> now = new ArrayList<>(answers.getOrDefault(f.key(), List.of()));
        now.removeIf(f::abstains);
        if (!now.remove(value)) {
            now.add(value);
        }
        if (now.isEmpty()) {
            answers.remove(f.key());
        } else {
            answers.put(f.key(), List.copyOf(now));
        }
    }

    /** Sets a free-text field; blank text clears it. */
    public void text(Field f, String text) {
        if (text == null || text.isBlank()) {
            answers.remove(f.key());
        } else {
            answers.put(f.key(), List.of(text.strip()));
        }
    }

    /** Moves the number keys to the next field, wrapping around (Tab). */
    public void nextField() {
        if (!keyedFields.isEmpty()) {
            focusedField.set((focusedField.get() + 1) % keyedFields.size());
        }
    }

    /** Moves the number keys to the previous field, wrapping around (Shift+Tab). */
    public void previousField() {
        if (!keyedFields.isEmpty()) {
            focusedField.set((focusedField.get() + keyedFields.size() - 1) % keyedFields.size());
        }
    }

    /** Stores the answers in the background and shows the next item at once; refuses an empty audit. */
    public boolean submit() {
        AuditTask task = current.get();
        if (task == null) {
            message.set(Messages.get("audit.noItem"));
            return false;
        }
        if (answers.isEmpty()) {
            message.set(Messages.get("audit.answerSomething"));
            return false;
        }
        Map<String, List<String>> given = new LinkedHashMap<>(answers);
        String text = note.get();
        long itemId = task.item().id();
        List<Audits.Suggestion> suggested = suggestion();
        inFlight.add(itemId);
        access.run(Messages.get("audit.saving"),
                p -> new Audits(p.database()).submit(itemId, lang, reviewer, given, text, suggested), saved -> {
                    inFlight.remove(itemId);
                    submitted.set(submitted.get() + 1);
                }, error -> {
                    inFlight.remove(itemId);
                    message.set(Messages.format("audit.notSaved", task.item().externalId(), rootMessage(error)));
                });
        advance();
        return true;
    }

    /** The suggested adaptation to store with the audit: none unless a field was chosen and its text changed. */
    private List<Audits.Suggestion> suggestion() {
        String field = adaptationField.get();
        String text = adaptation.get() == null ? "" : adaptation.get().strip();
        if (field == null || text.isEmpty() || text.equals(translationOf(field).strip())) {
            return List.of();
        }
        return List.of(new Audits.Suggestion(field, text));
    }

    private String translationOf(String field) {
        AuditTask task = current.get();
        return task == null || field == null ? "" : task.translation().getOrDefault(field, "");
    }

    /** Leaves the item for later and shows the next one. */
    public void skip() {
        advance();
    }

    private void advance() {
        AuditTask next = prefetched.poll();
        answers.clear();
        note.set("");
        focusedField.set(0);
        adaptationField.set(null);
        adaptation.set("");
        current.set(next);
        List<String> fields = new ArrayList<>();
        if (next != null) {
            next.item().fields().keySet().stream().filter(next.translation()::containsKey).forEach(fields::add);
        }
        translatedFields.setAll(fields);
        upcoming.set(prefetched.peek());
        if (next == null && !refilling) {
            message.set(Messages.get(submitted.get() == 0 && inFlight.isEmpty() ? "audit.nothingToAudit" : "audit.allDone"));
        }
        if (prefetched.size() < 2 && !exhausted) {
            refill();
        }
    }

    private void refill() {
        if (refilling) {
            return;
        }
        refilling = true;
        Set<Long> skip = new HashSet<>(inFlight);
        prefetched.forEach(t -> skip.add(t.item().id()));
        if (current.get() != null) {
            skip.add(current.get().item().id());
        }
        access.run(Messages.get("audit.loading"), p -> new AuditQueue(p.database()).next(reviewer, lang, PREFETCH, skip),
                tasks -> {
                    refilling = false;
                    exhausted = tasks.isEmpty();
                    prefetched.addAll(tasks);
                    upcoming.set(prefetched.peek());
                    if (current.get() == null) {
                        advance();
                    }
                }, error -> {
                    refilling = false;
                    failed(error);
                });
    }

    private void failed(Throwable error) {
        message.set(Messages.format("audit.loadFailed", rootMessage(error)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public String reviewer() {
        return reviewer;
    }

    public String lang() {
        return lang;
    }

    public ReadOnlyObjectProperty<Taxonomy> taxonomyProperty() {
        return taxonomy;
    }

    /** The fields number keys reach, in taxonomy order. */
    public ObservableList<Field> keyedFields() {
        return keyedFields;
    }

    public ReadOnlyObjectProperty<AuditTask> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The item shown after this one, already loaded. */
    public ReadOnlyObjectProperty<AuditTask> upcomingProperty() {
        return upcoming.getReadOnlyProperty();
    }

    public ObservableMap<String, List<String>> answers() {
        return answers;
    }

    /** Index into {@link #keyedFields()} of the field the number keys act on. */
    public IntegerProperty focusedFieldProperty() {
        return focusedField;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The current item's translated fields, in the item's order: what a suggested adaptation can change. */
    public ObservableList<String> translatedFields() {
        return translatedFields;
    }

    /** The field the reviewer suggests a new text for, or null. */
    public StringProperty adaptationFieldProperty() {
        return adaptationField;
    }

    /** The suggested text; stored with the audit when it differs from the translation. */
    public StringProperty adaptationProperty() {
        return adaptation;
    }

    public IntegerProperty submittedProperty() {
        return submitted;
    }
}
