package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.core.item.Item;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.util.ArrayList;
import java.util.List;

/**
 * Verification as benchmark-translation projects do it: a second person reads the translated item and marks it
 * "perfect" (reviewed, or approved by a lead) or "needs correction", typing the correction into the fields. Every
 * verdict is a revision of origin verification, written for all fields of the item in one transaction.
 */
public final class Verification {

    private final ItemEditorViewModel editor;

    public Verification(ItemEditorViewModel editor) {
        this.editor = editor;
    }

    /** Marks every field reviewed ({@code approve}: approved) as it stands; refused while a field is empty. */
    public void perfect(boolean approve) {
        List<FieldViewModel> fields = editor.fields();
        if (fields.isEmpty() || fields.stream().anyMatch(f -> f.targetProperty().get().isBlank())) {
            editor.say(Messages.get("translate.verify.incomplete"));
            return;
        }
        TranslationStatus status = approve ? TranslationStatus.APPROVED : TranslationStatus.REVIEWED;
        write(fields, status, Messages.get("translate.verify.perfectNote"));
    }

    /**
     * Records "needs correction": the fields the verifier changed since opening the item get the correction as
     * their text; all fields become reviewed. With no correction typed, the item goes back to the translator as
     * rejected. {@code note} says what was wrong (may be empty).
     */
    public void needsCorrection(String note) {
        List<FieldViewModel> fields = editor.fields();
        if (fields.isEmpty()) {
            return;
        }
        boolean corrected = fields.stream().anyMatch(f -> !f.targetProperty().get().equals(f.loadedText()));
        String text = note == null || note.isBlank() ? Messages.get("translate.verify.correctionNote")
                : Messages.get("translate.verify.correctionNote") + ": " + note.strip();
        write(fields, corrected ? TranslationStatus.REVIEWED : TranslationStatus.REJECTED, text);
    }

    private void write(List<FieldViewModel> shown, TranslationStatus status, String note) {
        // A copy: the editor's list holds another item's fields if the user moves on before the write returns.
        List<FieldViewModel> fields = List.copyOf(shown);
        Item item = editor.itemProperty().get();
        List<Translations.Change> changes = new ArrayList<>();
        for (FieldViewModel f : fields) {
            String body = f.targetProperty().get();
            if (!body.isBlank() || f.translationId() != 0) {
                changes.add(new Translations.Change(item.id(), f.name(), editor.lang(), body, status,
                        Origin.VERIFICATION, editor.author(), item.sourceHash(), note));
                f.saving(body);
            }
        }
        editor.session().run(Messages.get("task.translate.verify"), (project, p) -> project.database().write(c -> {
            List<Translation> out = new ArrayList<>();
            for (Translations.Change change : changes) {
                out.add(Translations.save(c, change));
            }
            return out;
        }), saved -> {
            for (Translation t : saved) {
                fields.stream().filter(f -> f.name().equals(t.field())).forEach(f -> f.saved(t));
            }
            editor.say(Messages.format("translate.verify.done", StatusLabels.of(status)));
            editor.savedAll(item, saved);
        }, failure -> {
            fields.forEach(FieldViewModel::saveFailed);
            editor.fail(failure);
        });
    }
}
