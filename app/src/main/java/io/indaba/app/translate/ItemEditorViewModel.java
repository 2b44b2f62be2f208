package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The item being translated: its fields, the locked answer key, the twin, which field has focus, and continuous
 * saving — a field left with edits is saved as a draft, a confirmed field as translated, a status picked in a
 * field's combo box at once. Every store call runs in the background through the session.
 */
public final class ItemEditorViewModel {

    private record Loaded(Item item, Map<String, Translation> translations, List<Long> twins) {
    }

    private final ProjectSession session;
    private final String author;
    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ObservableList<FieldViewModel> fields = FXCollections.observableArrayList();
    private final IntegerProperty focused = new SimpleIntegerProperty(this, "focused", -1);
    private final ReadOnlyObjectWrapper<Long> twin = new ReadOnlyObjectWrapper<>(this, "twin");
    private final BooleanProperty verifying = new SimpleBooleanProperty(this, "verifying");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private String lang;
    private Consumer<Long> onSaved = id -> { };
    private Runnable onItemDone = () -> { };
    private BiConsumer<Item, List<Translation>> onStored = (stored, translations) -> { };

    public ItemEditorViewModel(ProjectSession session, String author) {
        this.session = session;
        this.author = author;
        focused.addListener((o, was, now) -> {
            int old = was.intValue();
            if (old >= 0 && old < fields.size()) {
                leave(fields.get(old));
            }
        });
    }

    /**
     * The locked answer key as the editor header shows it: the key, "unlabeled" for a multiple-choice or
     * Winogrande item without one (a test split), or null for kinds that have no answers.
     */
    public static String answerLabel(Item item) {
        if (item.answer() != null) {
            return Messages.format("translate.answer", item.answer());
        }
        return hasAnswers(item) ? Messages.get("translate.unlabeled") : null;
    }

    /** What a screen reader says for {@link #answerLabel}; null when there is no label. */
    public static String answerAccessibleText(Item item) {
        if (item.answer() != null) {
            return Messages.format("translate.answerLocked", item.answer());
        }
        return hasAnswers(item) ? Messages.get("translate.unlabeledLocked") : null;
    }

    private static boolean hasAnswers(Item item) {
        return item.kind() == ItemKind.MCQ || item.kind() == ItemKind.WINOGRANDE;
    }

    /** Called with the item id after each save (to refresh the list, QA and history). */
    public void setOnSaved(Consumer<Long> onSaved) {
        this.onSaved = onSaved;
    }

    /** Called with what the store now holds after each successful write (for the translation memory). */
    public void setOnStored(BiConsumer<Item, List<Translation>> onStored) {
        this.onStored = onStored;
    }

    /** Called when the last unfinished field of the item was confirmed (to move to the next item). */
    public void setOnItemDone(Runnable onItemDone) {
        this.onItemDone = onItemDone;
    }

    /** Opens an item in a language; the field being edited is saved first. */
    public void load(long itemId, String language) {
        leaveFocused();
        session.run(Messages.get("task.translate.item"), (project, p) -> read(project, itemId, language), loaded -> {
            lang = language;
            focused.set(-1);
            List<FieldViewModel> rows = new ArrayList<>();
            for (Map.Entry<String, String> field : loaded.item().fields().entrySet()) {
                FieldViewModel f = new FieldViewModel(loaded.item().kind(), field.getKey(), field.getValue(),
                        loaded.translations().get(field.getKey()));
                f.statusProperty().addListener((o, was, now) -> {
                    if (now != null && now != f.savedStatus() && !(f.savedText().isEmpty() && f.targetProperty().get().isEmpty())) {
                        save(f, now, origin(f), null);
                    }
                });
                rows.add(f);
            }
            item.set(loaded.item());
            twin.set(loaded.twins().isEmpty() ? null : loaded.twins().get(0));
            fields.setAll(rows);
            message.set("");
        }, this::fail);
    }

    private static Loaded read(Project project, long itemId, String lang) {
        Item item = project.items().byId(itemId).orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
        return new Loaded(item, project.translations().forItem(itemId, lang), project.items().links(itemId, "twin"));
    }

    /** Saves the focused field's edits as a draft (focus is leaving the editor or the item). */
    public void leaveFocused() {
        int i = focused.get();
        if (i >= 0 && i < fields.size()) {
            leave(fields.get(i));
        }
    }

    /** Saves a field's edits as a draft; nothing is written when the text is unchanged. */
    public void leave(FieldViewModel field) {
        if (field.needsSave()) {
            save(field, TranslationStatus.DRAFT, origin(field), null);
        }
    }

    /**
     * Confirms the focused field (translated, or reviewed while verifying) and moves to the next unfinished field,
     * or reports the item done when none is left. An empty field is not confirmed.
     */
    public void confirm() {
        int i = focused.get();
        if (i < 0 || i >= fields.size()) {
            return;
        }
        FieldViewModel field = fields.get(i);
        if (field.targetProperty().get().isBlank()) {
            message.set(Messages.get("translate.emptyNotConfirmed"));
            return;
        }
        TranslationStatus confirmed = verifying.get() ? TranslationStatus.REVIEWED : TranslationStatus.TRANSLATED;
        if (field.needsSave() || field.savedStatus().unfinished()
                || (verifying.get() && field.savedStatus() == TranslationStatus.TRANSLATED)) {
            save(field, confirmed, origin(field), null);
        }
        for (int next = i + 1; next < fields.size(); next++) {
            FieldViewModel f = fields.get(next);
            if (f.savedStatus().unfinished() || (verifying.get() && f.savedStatus() == TranslationStatus.TRANSLATED)) {
                focused.set(next);
                return;
            }
        }
        onItemDone.run();
    }

    /** Moves to the next field, from the last back to the first (Tab). */
    public void focusNext() {
        step(1);
    }

    /** Moves to the previous field, from the first round to the last (Shift+Tab). */
    public void focusPrevious() {
        step(-1);
    }

    private void step(int by) {
        if (fields.isEmpty()) {
            return;
        }
        int i = focused.get();
        focused.set(i < 0 ? 0 : Math.floorMod(i + by, fields.size()));
    }

    /** Sets the focused field's status as its status box would, which saves it; false when no field is focused. */
    public boolean setFocusedStatus(TranslationStatus status) {
        FieldViewModel field = focusedField();
        if (field == null) {
            return false;
        }
        if (status != TranslationStatus.NEW && field.targetProperty().get().isBlank()) {
            message.set(Messages.get("translate.emptyNoStatus"));
            return true;
        }
        field.statusProperty().set(status);
        return true;
    }

    /** Puts the source text into the focused field (for numbers, names and formulas that stay as they are). */
    public void copySource() {
        int i = focused.get();
        if (i >= 0 && i < fields.size()) {
            fields.get(i).targetProperty().set(fields.get(i).source());
        }
    }

    /**
     * Takes every field back to the revision before its current one, as new revisions (history keeps both);
     * fields with a single revision stay as they are.
     */
    public void revertItem() {
        leaveFocused();
        Item current = item.get();
        if (current == null) {
            return;
        }
        String language = lang;
        session.run(Messages.get("task.translate.revert"), (project, p) -> revert(project, current, language, author),
                reverted -> {
                    if (reverted.isEmpty()) {
                        message.set(Messages.get("translate.nothingToRevert"));
                    }
                    for (Translation t : reverted) {
                        for (FieldViewModel f : fields) {
                            if (f.name().equals(t.field())) {
                                f.saved(t);
                                f.targetProperty().set(t.text());
                            }
                        }
                    }
                    if (!reverted.isEmpty()) {
                        onStored.accept(current, reverted);
                        onSaved.accept(current.id());
                    }
                }, this::fail);
    }

    private static List<Translation> revert(Project project, Item item, String lang, String author) {
        List<Translation> out = new ArrayList<>();
        for (Translation t : project.translations().forItem(item.id(), lang).values()) {
            List<Revision> history = project.translations().history(t.id());
            if (history.size() >= 2) {
                Revision previous = history.get(history.size() - 2);
                out.add(project.translations().save(new Translations.Change(item.id(), t.field(), lang,
                        previous.text(), previous.status(), Origin.HUMAN, author, item.sourceHash(),
                        Messages.format("translate.revertNote", previous.id()))));
            }
        }
        return out;
    }

    /** Saves one field with a status and origin in the background; the field learns what was stored. */
    void save(FieldViewModel field, TranslationStatus status, Origin origin, String note) {
        Item current = item.get();
        Translations.Change change = new Translations.Change(current.id(), field.name(), lang,
                field.targetProperty().get(), status, origin, author, current.sourceHash(), note);
        field.saving(change.text());
        session.run(Messages.get("task.translate.save"), (project, p) -> project.translations().save(change), saved -> {
            field.saved(saved);
            onStored.accept(current, List.of(saved));
            onSaved.accept(current.id());
            session.edited();
        }, failure -> {
            // The text stays in the field and dirty, so the next leave or confirm writes it again.
            field.saveFailed();
            fail(failure);
        });
    }

    private Origin origin(FieldViewModel field) {
        return verifying.get() ? Origin.VERIFICATION : field.origin();
    }

    void fail(Throwable failure) {
        message.set(Messages.format("translate.saveFailed", String.valueOf(failure.getMessage())));
    }

    void say(String text) {
        message.set(text);
    }

    String lang() {
        return lang;
    }

    String author() {
        return author;
    }

    ProjectSession session() {
        return session;
    }

    void savedAll(Item saved, List<Translation> translations) {
        onStored.accept(saved, translations);
        onSaved.accept(saved.id());
    }

    /** The item shown, null before the first load. */
    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** The item's fields in order. */
    public ObservableList<FieldViewModel> fields() {
        return fields;
    }

    /** The index of the field being edited, -1 for none; moving it saves the field left. */
    public IntegerProperty focusedProperty() {
        return focused;
    }

    /** The field being edited, or null. */
    public FieldViewModel focusedField() {
        int i = focused.get();
        return i >= 0 && i < fields.size() ? fields.get(i) : null;
    }

    /** The Winogrande twin's item id, or null. */
    public ReadOnlyObjectProperty<Long> twinProperty() {
        return twin.getReadOnlyProperty();
    }

    /** Whether a second person is verifying: saves are then of origin verification, confirming marks reviewed. */
    public BooleanProperty verifyingProperty() {
        return verifying;
    }

    /** The last thing to tell the user (a failed save, an empty field), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
