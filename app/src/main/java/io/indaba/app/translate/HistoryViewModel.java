package io.indaba.app.translate;

import io.indaba.app.Messages;
import io.indaba.app.project.ProjectSession;
import io.indaba.core.translate.Revision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The revisions of the focused field, newest first: who, when, origin, status and the text of each. */
public final class HistoryViewModel {

    private final ProjectSession session;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    // Which field was asked for last, so an older answer arriving late is dropped.
    private long asked;

    public HistoryViewModel(ProjectSession session) {
        this.session = session;
    }

    /** Shows the history of {@code field}, or nothing for null or a field never saved. */
    public void show(FieldViewModel field) {
        long id = field == null ? 0 : field.translationId();
        asked = id;
        if (id == 0) {
            revisions.clear();
            return;
        }
        session.run(Messages.get("task.translate.history"), (project, p) -> project.translations().history(id), found -> {
            if (asked == id) {
                List<Revision> newestFirst = new ArrayList<>(found);
                Collections.reverse(newestFirst);
                revisions.setAll(newestFirst);
            }
        }, failure -> revisions.clear());
    }

    /** The revisions shown, newest first. */
    public ObservableList<Revision> revisions() {
        return revisions;
    }
}
