package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.item.Item;
import io.indaba.core.translate.TmMatch;
import io.indaba.core.translate.TmQuery;
import io.indaba.core.translate.Translation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The translation-memory matches of the focused field, best first, each with a word diff of its source against the
 * field's source. Matches are only suggestions: one is put into the focused field when the translator takes it,
 * never into another item. The index of a language pair is built in the background once; lookups meanwhile say so.
 */
public final class MemoryViewModel {

    /** What the pane has to say besides the matches. */
    public enum State {
        /** Matches shown, or no field focused. */
        READY,
        /** The index of the pair is being built. */
        BUILDING,
        /** A field is focused and the memory has nothing like it. */
        NONE
    }

    private final ProjectSession session;
    private final SuggestionSources sources;
    private final ObservableList<TmMatch> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    // Pairs whose index is known to be built; touched on the UI thread only.
    private final Set<List<String>> built = new HashSet<>();
    private int building;
    private long asked;
    private boolean fieldShown;

    MemoryViewModel(ProjectSession session, SuggestionSources sources) {
        this.session = session;
        this.sources = sources;
    }

    /** Builds the pair's index in the background now, so the first focused field need not wait for it. */
    public void warm(String sourceLang, String targetLang) {
        List<String> pair = List.of(sourceLang, targetLang);
        if (built.contains(pair)) {
            return;
        }
        started();
        session.run(Messages.get("task.translate.memory"),
                (project, p) -> sources.memory(project).size(sourceLang, targetLang),
                size -> finished(pair), failure -> finished(null));
    }

    /** Looks up the matches of {@code field} of {@code item} into {@code lang}; null clears the pane. */
    public void show(Item item, FieldViewModel field, String lang) {
        long ticket = ++asked;
        if (item == null || field == null || lang == null || field.source().isBlank()) {
            fieldShown = false;
            matches.clear();
            state.set(building > 0 ? State.BUILDING : State.READY);
            return;
        }
        fieldShown = true;
        List<String> pair = List.of(item.sourceLang(), lang);
        boolean cold = !built.contains(pair);
        if (cold) {
            started();
        }
        TmQuery query = TmQuery.of(item.sourceLang(), lang, field.source()).forItem(item.id(), field.name());
        session.run(Messages.get("task.translate.matches"), (project, p) -> sources.memory(project).matches(query),
                found -> {
                    if (cold) {
                        finished(pair);
                    }
                    if (ticket == asked) {
                        matches.setAll(found);
                        state.set(building > 0 ? State.BUILDING : found.isEmpty() ? State.NONE : State.READY);
                    }
                }, failure -> {
                    if (cold) {
                        finished(null);
                    }
                    if (ticket == asked) {
                        matches.clear();
                        state.set(State.NONE);
                    }
                });
    }

    /** Makes saved translations suggestions for other items (finished ones), or withdraws them (drafts). */
    public void remember(Item item, List<Translation> saved) {
        session.run(Messages.get("task.translate.remember"), (project, p) -> {
            saved.forEach(t -> sources.memory(project).add(item, t));
            return saved.size();
        }, n -> { }, failure -> { });
    }

    /** Forgets which indexes were built: the project changed and the memory reads it afresh. */
    void forget() {
        built.clear();
    }

    private void started() {
        building++;
        state.set(State.BUILDING);
    }

    private void finished(List<String> pair) {
        building--;
        if (pair != null) {
            built.add(pair);
        }
        if (building == 0 && state.get() == State.BUILDING) {
            state.set(fieldShown && matches.isEmpty() ? State.NONE : State.READY);
        }
    }

    /** The {@code n}-th match (0-based), or null. */
    public TmMatch match(int n) {
        return n >= 0 && n < matches.size() ? matches.get(n) : null;
    }

    /** The matches of the focused field, best first. */
    public ObservableList<TmMatch> matches() {
        return matches;
    }

    /** Whether the memory is being built or has nothing to offer. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
