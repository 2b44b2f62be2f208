package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.stats.LanguageChoice;
import io.indaba.core.prefer.Coverage;
import io.indaba.core.prefer.GoldItems;
import io.indaba.core.prefer.GoldMark;
import io.indaba.core.prefer.PromptRef;
import io.indaba.core.prefer.Winner;
import io.indaba.core.store.Json;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Gold items: pick a language and a prompt, read both candidates (A = smaller id) and mark the expected winner;
 * list and remove the marks.
 */
public final class GoldViewModel {

    private final ProjectSession session;
    private final String actor;
    private final ObservableList<LanguageChoice> languages;
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>(this, "language");
    private final ObservableList<PromptRef> prompts = FXCollections.observableArrayList();
    private final ObjectProperty<PromptRef> prompt = new SimpleObjectProperty<>(this, "prompt");
    private final ReadOnlyStringWrapper promptText = new ReadOnlyStringWrapper(this, "promptText", "");
    private final ReadOnlyStringWrapper candidateA = new ReadOnlyStringWrapper(this, "candidateA", "");
    private final ReadOnlyStringWrapper candidateB = new ReadOnlyStringWrapper(this, "candidateB", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<GoldMark> marks = FXCollections.observableArrayList();

    GoldViewModel(ProjectSession session, String actor, ObservableList<LanguageChoice> languages) {
        this.session = session;
        this.actor = actor;
        this.languages = languages;
        language.addListener((o, was, now) -> loadPrompts());
        prompt.addListener((o, was, now) -> loadCandidates());
    }

    /** Called by the team model with the marks of a fresh read; keeps the chosen language when it still exists. */
    void loaded(List<GoldMark> all) {
        marks.setAll(all);
        if (language.get() == null || !languages.contains(language.get())) {
            language.set(languages.isEmpty() ? null : languages.get(0));
        } else {
            loadCandidates();
        }
    }

    private void loadPrompts() {
        LanguageChoice lang = language.get();
        prompts.clear();
        prompt.set(null);
        if (lang == null) {
            return;
        }
        session.run(Messages.get("team.task.gold"), (project, p) -> new Coverage(project.database()).comparable(lang.tag()),
                refs -> {
                    if (lang.equals(language.get())) {
                        prompts.setAll(refs);
                    }
                }, this::failed);
    }

    private void loadCandidates() {
        PromptRef ref = prompt.get();
        LanguageChoice lang = language.get();
        if (ref == null || lang == null) {
            promptText.set("");
            candidateA.set("");
            candidateB.set("");
            note.set("");
            return;
        }
        session.run(Messages.get("team.task.gold"), (project, p) -> GoldCandidates.read(project, ref.itemId(), lang.tag()),
                shown -> {
                    if (ref.equals(prompt.get())) {
                        promptText.set(shown.prompt());
                        candidateA.set(shown.a().text());
                        candidateB.set(shown.b().text());
                        note.set(noteFor(shown));
                    }
                }, this::failed);
    }

    private static String noteFor(GoldCandidates shown) {
        String expected = shown.expected() == null ? Messages.get("team.gold.notGold")
                : Messages.format("team.gold.expected", WinnerLabels.ofCode(shown.expected()));
        return shown.others() == 0 ? expected : expected + " · " + Messages.format("team.gold.others", shown.others());
    }

    /** Marks the chosen prompt in the chosen language as gold with {@code winner} expected. */
    public void mark(Winner winner) {
        PromptRef ref = prompt.get();
        LanguageChoice lang = language.get();
        if (ref == null || lang == null) {
            return;
        }
        String json = Json.write(Map.of("winner", winner.code()));
        session.run(Messages.get("team.task.gold"), (project, p) -> {
            project.queue().setGold(ref.itemId(), lang.tag(), json, actor);
            return null;
        }, done -> session.changed(), this::failed);
    }

    /** Removes a gold mark. */
    public void remove(GoldMark mark) {
        session.run(Messages.get("team.task.gold"),
                (project, p) -> new GoldItems(project.database()).remove(mark.itemId(), mark.lang(), actor),
                done -> session.changed(), this::failed);
    }

    private void failed(Throwable e) {
        error.set(OpenFailure.oneLine(String.valueOf(e.getMessage())));
    }

    public ObservableList<LanguageChoice> languages() {
        return languages;
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    /** Prompts with two or more candidates in the chosen language. */
    public ObservableList<PromptRef> prompts() {
        return prompts;
    }

    public ObjectProperty<PromptRef> promptProperty() {
        return prompt;
    }

    public ReadOnlyStringProperty promptTextProperty() {
        return promptText.getReadOnlyProperty();
    }

    /** The text of candidate A, the one with the smaller id. */
    public ReadOnlyStringProperty candidateAProperty() {
        return candidateA.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty candidateBProperty() {
        return candidateB.getReadOnlyProperty();
    }

    /** The current expected answer of the chosen prompt, and how many candidates beyond A and B it has. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Every gold mark, by language and item. */
    public ObservableList<GoldMark> marks() {
        return marks;
    }
}
