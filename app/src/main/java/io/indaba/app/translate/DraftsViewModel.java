package io.indaba.app.translate;

import io.indaba.app.Messages;
import io.indaba.app.project.ProjectSession;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The machine drafts of the focused field (imported machine translations, drafting plugins), each with the label of
 * where it came from; one is put into the field, as of origin mt, only when the translator takes it.
 */
public final class DraftsViewModel {

    // A plugin behind a slow server must not keep the pane waiting for ever; its drafts are simply not shown.
    private static final long WAIT_SECONDS = 30;

    private final ProjectSession session;
    private final SuggestionSources sources;
    private final ObservableList<Draft> drafts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper none = new ReadOnlyBooleanWrapper(this, "none");
    private long asked;

    DraftsViewModel(ProjectSession session, SuggestionSources sources) {
        this.session = session;
        this.sources = sources;
    }

    /** Asks every drafter for {@code field} of {@code item} into {@code lang}; null clears the pane. */
    public void show(Item item, FieldViewModel field, String lang) {
        long ticket = ++asked;
        drafts.clear();
        none.set(false);
        if (item == null || field == null || lang == null || field.source().isBlank()) {
            return;
        }
        DraftRequest request = new DraftRequest(item.sourceLang(), lang, field.source(), Map.of(
                "item", item.externalId(), "itemId", Long.toString(item.id()), "field", field.name()));
        session.run(Messages.get("task.translate.drafts"), (project, p) -> draft(project, request), found -> {
            if (ticket == asked) {
                drafts.setAll(found);
                none.set(found.isEmpty());
            }
        }, failure -> {
            if (ticket == asked) {
                none.set(true);
            }
        });
    }

    private List<Draft> draft(Project project, DraftRequest request) {
        return sources.drafters(project).draftAll(request).orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** The first draft, or null. */
    public Draft first() {
        return drafts.isEmpty() ? null : drafts.get(0);
    }

    /** The drafts of the focused field, in drafter order. */
    public ObservableList<Draft> drafts() {
        return drafts;
    }

    /** Whether a field is focused and no drafter had anything for it. */
    public ReadOnlyBooleanProperty noneProperty() {
        return none.getReadOnlyProperty();
    }
}
