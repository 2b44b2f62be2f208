package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.translate.DiffOp;
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.SourceDiff;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
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

    /** Reads a translation's revisions off the UI thread; exactly one callback follows on it. */
    @FunctionalInterface
    public interface Reader {
        void read(long translationId, Consumer<List<Revision>> onResult, Consumer<Throwable> onFailure);
    }

    private final Reader reader;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ChangeListener<String> typed = (o, was, now) -> diff();
    private FieldViewModel field;
    // The text revisions are compared with when no editor field is shown (the audit view's translation).
    private String fixed = "";
    // Which field was asked for last, so an older answer arriving late is dropped.
    private long asked;

    public HistoryViewModel(ProjectSession session) {
        this((id, ok, fail) -> session.run(Messages.get("task.translate.history"),
                (project, p) -> project.translations().history(id), ok, fail));
    }

    /** History read through a project access, as the audit view reaches its project. */
    public HistoryViewModel(ProjectAccess access) {
        this((id, ok, fail) -> access.run(Messages.get("task.translate.history"),
                project -> project.translations().history(id), ok, fail));
    }

    private HistoryViewModel(Reader reader) {
        this.reader = reader;
    }

    /**
     * Shows the history of a stored translation, diffed against {@code current}: for a view that shows a translation
     * without editing it. 0 shows nothing.
     */
    public void showTranslation(long translationId, String current) {
        if (field != null) {
            field.targetProperty().removeListener(typed);
            field = null;
        }
        fixed = current == null ? "" : current;
        load(translationId);
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
        load(newField == null ? 0 : newField.translationId());
    }

    private void load(long id) {
        asked = id;
        if (id == 0) {
            revisions.clear();
            diff();
            return;
        }
        reader.read(id, found -> {
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
        String current = field == null ? fixed : field.targetProperty().get();
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

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * A revision's stored instant ({@code 2026-12-06T07:41:35.397591837Z}) as a reader wants it, to the minute in
     * {@code zone}; a value that is not an instant is shown as stored, with a space for the {@code T}.
     */
    static String shownTime(String stored, ZoneId zone) {
        try {
            return SHOWN.format(Instant.parse(stored).atZone(zone));
        } catch (DateTimeException e) {
            return stored.replace('T', ' ');
        }
    }
}
