package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.item.Item;
import io.indaba.core.translate.DraftRound;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The machine drafts of the focused field (imported machine translations, drafting plugins), each with the label of
 * where it came from; one is put into the field, as of origin mt, only when the translator takes it.
 */
public final class DraftsViewModel {

    // Each drafter's own limit: one behind a slow server is cancelled and shows nothing; the others are not held up.
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ProjectSession session;
    private final SuggestionSources sources;
    private final ObservableList<Draft> drafts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper none = new ReadOnlyBooleanWrapper(this, "none");
    private final SortedMap<Integer, List<Draft>> arrived = new TreeMap<>();
    private long asked;
    private DraftRound current;

    DraftsViewModel(ProjectSession session, SuggestionSources sources) {
        this.session = session;
        this.sources = sources;
    }

    /**
     * Asks every drafter for {@code field} of {@code item} into {@code lang}; null clears the pane. Each drafter's
     * drafts appear as they come, in drafter order; the requests of the field shown before are cancelled.
     */
    public void show(Item item, FieldViewModel field, String lang) {
        long ticket = ++asked;
        cancelCurrent();
        arrived.clear();
        drafts.clear();
        none.set(false);
        if (item == null || field == null || lang == null || field.source().isBlank()) {
            return;
        }
        DraftRequest request = new DraftRequest(item.sourceLang(), lang, field.source(), Map.of(
                "item", item.externalId(), "itemId", Long.toString(item.id()), "field", field.name()));
        session.run(Messages.get("task.translate.drafts"), (project, p) -> sources.drafters(project).draftEach(request,
                WAIT, (index, found) -> session.onUi(() -> add(ticket, index, found))), round -> {
                    if (ticket != asked) {
                        round.cancel(); // superseded before it started: nobody waits for it
                        return;
                    }
                    current = round;
                    round.done().thenRun(() -> session.onUi(() -> {
                        if (ticket == asked) {
                            none.set(drafts.isEmpty());
                        }
                    }));
                }, failure -> {
                    if (ticket == asked) {
                        none.set(true);
                    }
                });
    }

    private void add(long ticket, int index, List<Draft> found) {
        if (ticket != asked) {
            return;
        }
        arrived.put(index, found);
        List<Draft> all = new ArrayList<>();
        arrived.values().forEach(all::addAll);
        drafts.setAll(all);
    }

    private void cancelCurrent() {
        if (current != null) {
            current.cancel();
            current = null;
        }
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
