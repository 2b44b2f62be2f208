package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.translate.DiffOp;
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.SourceDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The revisions of the focused field, newest first: who, when, origin, status, and a word diff of each revision's
 * text against the field's current text (kept up to date while the translator types).
 */
public final class HistoryViewModel {

    /** A revision and how the current text differs from it (DELETE: only in the revision, INSERT: only now). */
    public record Entry(Revision revision, List<DiffOp> diff) {
    }

    private final ProjectSession session;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ChangeListener<String> typed = (o, was, now) -> diff();
    private FieldViewModel field;
    // Which field was asked for last, so an older answer arriving late is dropped.
    private long asked;

    public HistoryViewModel(ProjectSession session) {
        this.session = session;
    }

    /** Shows the history of {@code newField}, or nothing for null or a field never saved. */
    public void show(FieldViewModel newField) {
        if (field != null) {
            field.targetProperty().removeListener(typed);
        }
        field = newField;
        if (field != null) {
            field.targetProperty().addListener(typed);
        }
        long id = newField == null ? 0 : newField.translationId();
        asked = id;
        if (id == 0) {
            revisions.clear();
            diff();
            return;
        }
        session.run(Messages.get("task.translate.history"), (project, p) -> project.translations().history(id), found -> {
            if (asked == id) {
                List<Revision> newestFirst = new ArrayList<>(found);
                Collections.reverse(newestFirst);
                revisions.setAll(newestFirst);
                diff();
            }
        }, failure -> {
            revisions.clear();
            diff();
        });
    }

    private void diff() {
        String current = field == null ? "" : field.targetProperty().get();
        List<Entry> out = new ArrayList<>(revisions.size());
        for (Revision r : revisions) {
            out.add(new Entry(r, SourceDiff.of(r.text(), current)));
        }
        entries.setAll(out);
    }

    /** The revisions shown, newest first. */
    public ObservableList<Revision> revisions() {
        return revisions;
    }

    /** The revisions with their diffs against the current text, newest first. */
    public ObservableList<Entry> entries() {
        return entries;
    }
}
