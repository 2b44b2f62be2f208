package io.indaba.app.translate;

import io.indaba.core.item.ItemKind;
import io.indaba.core.translate.DraftSource;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.text.Graphemes;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the item being translated: its read-only source, the target being typed, its status, what was
 * last saved (so only real edits are written) and where the text came from (typed, or taken from a TM match or a
 * machine draft and left as it was).
 */
public final class FieldViewModel {

    private final String name;
    private final String source;
    private final boolean blankSentence;
    private final String loadedText;
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ObjectProperty<TranslationStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty savedText = new SimpleStringProperty(this, "savedText", "");
    private TranslationStatus savedStatus;
    private long translationId;
    // The text of a save still on its way, so leaving the field twice does not write it twice.
    private String savingText;
    private Origin insertedOrigin;
    private String insertedText;
    // The machine draft the text started from, kept through later edits so a save records what was post-edited.
    private DraftSource draft;
    private final IntegerBinding graphemes;
    private final BooleanBinding dirty;
    private final BooleanBinding blankWarning;

    /** A field of an item of {@code kind}, with its stored translation or null. */
    public FieldViewModel(ItemKind kind, String name, String source, Translation stored) {
        this.name = name;
        this.source = source;
        this.blankSentence = kind == ItemKind.WINOGRANDE && "sentence".equals(name);
        this.loadedText = stored == null ? "" : stored.text();
        translationId = stored == null ? 0 : stored.id();
        savedStatus = stored == null ? TranslationStatus.NEW : stored.status();
        savedText.set(loadedText);
        target.set(loadedText);
        status.set(savedStatus);
        graphemes = Bindings.createIntegerBinding(() -> graphemeCount(target.get()), target);
        dirty = Bindings.createBooleanBinding(() -> !target.get().equals(savedText.get()), target, savedText);
        blankWarning = Bindings.createBooleanBinding(
                () -> blankSentence && !target.get().isEmpty() && blanks(target.get()) != 1, target);
    }

    /** How many {@code _} blanks a text has; a Winogrande sentence needs exactly one. */
    public static int blanks(String text) {
        return (int) text.chars().filter(c -> c == '_').count();
    }

    /** User-perceived characters (ICU extended grapheme clusters): ị̀ and ቋ count one each. */
    static int graphemeCount(String text) {
        return Graphemes.count(text);
    }

    /** Records that {@code text} was put in whole from a suggestion of {@code origin}. */
    public void noteInserted(String text, Origin origin) {
        insertedText = text;
        insertedOrigin = origin;
        draft = null;
    }

    /** Records that a machine draft was put in whole; saves name it until another suggestion replaces it. */
    public void noteDraftTaken(DraftSource taken) {
        noteInserted(taken.text(), Origin.MT);
        draft = taken;
    }

    /** The machine draft the text started from (perhaps edited since), or null. */
    public DraftSource draft() {
        return draft;
    }

    /** Where the current text came from: the suggestion's origin while it is unedited, else human. */
    public Origin origin() {
        return insertedText != null && insertedText.equals(target.get()) ? insertedOrigin : Origin.HUMAN;
    }

    /** Whether the target has edits that are neither saved nor being saved. */
    public boolean needsSave() {
        String text = target.get();
        return !text.equals(savedText.get()) && !text.equals(savingText);
    }

    /** Notes that {@code text} is being saved. */
    void saving(String text) {
        savingText = text;
    }

    /** Notes that the save under way failed; the edits count as unsaved again. */
    void saveFailed() {
        savingText = null;
        status.set(savedStatus);
    }

    /** Takes in what the store now holds after a save; the target is left alone, typing may have gone on. */
    public void saved(Translation translation) {
        savingText = null;
        translationId = translation.id();
        savedStatus = translation.status();
        savedText.set(translation.text());
        status.set(translation.status());
    }

    /** The field's name, e.g. {@code question}, {@code A}, {@code sentence}. */
    public String name() {
        return name;
    }

    /** The source text. */
    public String source() {
        return source;
    }

    /** Whether this is a Winogrande sentence, whose blank is highlighted and counted. */
    public boolean blankSentence() {
        return blankSentence;
    }

    /** The text as it was when the item was opened (verification compares against it). */
    public String loadedText() {
        return loadedText;
    }

    /** The stored translation's id, 0 before the first save. */
    public long translationId() {
        return translationId;
    }

    /** The status last saved. */
    public TranslationStatus savedStatus() {
        return savedStatus;
    }

    /** The text last saved. */
    public String savedText() {
        return savedText.get();
    }

    /** The target text, bound to the text area. */
    public StringProperty targetProperty() {
        return target;
    }

    /** The status shown in the field's combo box; the editor saves a change the user makes. */
    public ObjectProperty<TranslationStatus> statusProperty() {
        return status;
    }

    /** The target's length in graphemes. */
    public IntegerBinding graphemesProperty() {
        return graphemes;
    }

    /** Whether the target differs from what was last saved. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** Whether a Winogrande target has other than exactly one blank. */
    public BooleanBinding blankWarningProperty() {
        return blankWarning;
    }
}
