package io.indaba.app.review;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.stats.LanguageChoice;
import io.indaba.core.prefer.Adjudication;
import io.indaba.core.prefer.Disagreement;
import io.indaba.core.prefer.ItemReview;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Winner;
import io.indaba.core.project.Project;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review workspace: the pairs whose annotators disagree in one language, the selected item's prompt, both
 * candidates and judgements side by side, and the adjudicator's form, saved in the background. Saving never
 * changes an annotator's judgement (see {@link Adjudication}).
 */
public final class ReviewViewModel {

    private final ProjectSession session;
    private final String adjudicatorId;
    private final ObservableList<LanguageChoice> languages = FXCollections.observableArrayList();
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>(this, "language");
    private final ObservableList<DisagreementRow> disagreements = FXCollections.observableArrayList();
    private final ObjectProperty<DisagreementRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ReadOnlyStringWrapper candidateA = new ReadOnlyStringWrapper(this, "candidateA", "");
    private final ReadOnlyStringWrapper candidateB = new ReadOnlyStringWrapper(this, "candidateB", "");
    private final ReadOnlyStringWrapper candidateALabel = new ReadOnlyStringWrapper(this, "candidateALabel", "");
    private final ReadOnlyStringWrapper candidateBLabel = new ReadOnlyStringWrapper(this, "candidateBLabel", "");
    private final ObservableList<JudgementRow> judgements = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper(this, "standing", "");
    private final ObjectProperty<Winner> winner = new SimpleObjectProperty<>(this, "winner");
    private final IntegerProperty strength = new SimpleIntegerProperty(this, "strength", 1);
    private final StringProperty rationale = new SimpleStringProperty(this, "rationale", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper emptyNote = new ReadOnlyStringWrapper(this, "emptyNote", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final BooleanBinding canSave;
    private long generation;
    private int running;
    private DisagreementRow afterSave;

    public ReviewViewModel(ProjectSession session, String adjudicatorId) {
        this.session = session;
        this.adjudicatorId = adjudicatorId;
        this.canSave = Bindings.createBooleanBinding(
                () -> loaded.get() && winner.get() != null && !busy.get(), loaded, winner, busy);
        session.revisionProperty().addListener((o, was, now) -> load());
        language.addListener((o, was, now) -> loadDisagreements(null));
        selected.addListener((o, was, now) -> loadItem());
    }

    /** Reads the judged languages, then the disagreements of the chosen one, keeping the selection if it stays. */
    public void load() {
        DisagreementRow keep = afterSave != null ? afterSave : selected.get();
        afterSave = null;
        run(Messages.get("task.reviewLanguages"), project -> project.judgements().countsByLanguage().keySet(),
                tags -> {
                    String previous = language.get() == null ? null : language.get().tag();
                    languages.setAll(tags.stream().map(LanguageChoice::of).toList());
                    LanguageChoice next = languages.stream().filter(l -> l.tag().equals(previous)).findFirst()
                            .orElse(languages.isEmpty() ? null : languages.get(0));
                    // choices are values: an equal language fires no change, so reload explicitly
                    LanguageChoice before = language.get();
                    language.set(next);
                    if (Objects.equals(before, next)) {
                        loadDisagreements(keep);
                    }
                });
    }

    private void loadDisagreements(DisagreementRow keep) {
        LanguageChoice lang = language.get();
        if (lang == null) {
            disagreements.clear();
            emptyNote.set(Messages.get("review.noJudgements"));
            return;
        }
        long mine = ++generation;
        run(Messages.get("task.reviewList"), project -> {
            Adjudication adjudication = new Adjudication(project.database());
            return new Found(adjudication.disagreements(lang.tag()), adjudication.sharedPairs(lang.tag()));
        }, found -> {
                    if (mine != generation) {
                        return;
                    }
                    List<DisagreementRow> rows = found.disagreements().stream()
                            .map(d -> new DisagreementRow(d, ReviewText.label(d))).toList();
                    // "annotators agree" is only true where some pair was judged twice
                    emptyNote.set(Messages.get(!rows.isEmpty() ? "review.pick"
                            : found.sharedPairs() == 0 ? "review.noSharedPairs" : "review.nothing"));
                    disagreements.setAll(rows);
                    DisagreementRow again = rows.stream().filter(r -> r.samePair(keep)).findFirst()
                            .orElse(rows.isEmpty() ? null : rows.get(0));
                    DisagreementRow before = selected.get();
                    selected.set(again);
                    if (Objects.equals(before, again)) {
                        loadItem();
                    }
                });
    }

    /** The disagreements of a language and how many of its pairs two annotators judged. */
    private record Found(List<Disagreement> disagreements, int sharedPairs) {
    }

    private void loadItem() {
        DisagreementRow row = selected.get();
        loaded.set(false);
        if (row == null) {
            clearItem();
            return;
        }
        Disagreement d = row.disagreement();
        run(Messages.get("task.reviewItem"),
                project -> new Adjudication(project.database()).sideBySide(d.itemId(), d.lang()), review -> {
                    if (row == selected.get()) {
                        show(review, d);
                    }
                });
    }

    private void show(ItemReview review, Disagreement d) {
        prompt.set(ReviewText.prompt(review.item()));
        candidateA.set(review.candidate(d.candidateA()) == null ? "" : review.candidate(d.candidateA()).text());
        candidateB.set(review.candidate(d.candidateB()) == null ? "" : review.candidate(d.candidateB()).text());
        candidateALabel.set(ReviewText.candidate("A", review.candidate(d.candidateA())));
        candidateBLabel.set(ReviewText.candidate("B", review.candidate(d.candidateB())));
        judgements.setAll(review.judgements().stream()
                .filter(j -> Long.valueOf(d.candidateA()).equals(j.candidateA())
                        && Long.valueOf(d.candidateB()).equals(j.candidateB()))
                .map(ReviewText::row).toList());
        Judgement decision = review.adjudications().stream()
                .filter(j -> Long.valueOf(d.candidateA()).equals(j.candidateA())
                        && Long.valueOf(d.candidateB()).equals(j.candidateB()))
                .reduce((first, second) -> second).orElse(null);
        standing.set(decision == null ? Messages.get("review.open")
                : Messages.format("review.decided", ReviewText.verdict(decision.winner(), decision.strength()),
                        decision.annotatorId()));
        winner.set(decision == null ? null : Winner.of(decision.winner()));
        strength.set(decision == null || decision.strength() == null || decision.strength() == 0 ? 1
                : Math.abs(decision.strength()));
        rationale.set(decision == null || decision.rationale() == null ? "" : decision.rationale());
        loaded.set(true);
    }

    private void clearItem() {
        prompt.set("");
        candidateA.set("");
        candidateB.set("");
        candidateALabel.set("");
        candidateBLabel.set("");
        judgements.clear();
        standing.set("");
        winner.set(null);
        rationale.set("");
    }

    /** Stores the form as an adjudication in the background; the project then reloads everywhere. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Disagreement d = selected.get().disagreement();
        Winner w = winner.get();
        int s = w.decisive() ? strength.get() : 0;
        String why = rationale.get();
        run(Messages.get("task.adjudicate"), project -> new Adjudication(project.database())
                .decide(d.itemId(), d.lang(), d.candidateA(), d.candidateB(), w, s, why, adjudicatorId), saved -> {
                    message.set(Messages.format("review.saved", d.externalId(),
                            ReviewText.verdict(saved.winner(), saved.strength())));
                    afterSave = nextOpen();
                    session.changed();
                });
    }

    /** The first pair after the selected one still without an adjudication, so saving moves the work on. */
    private DisagreementRow nextOpen() {
        int at = disagreements.indexOf(selected.get());
        for (int i = 1; i <= disagreements.size(); i++) {
            DisagreementRow row = disagreements.get((at + i) % disagreements.size());
            if (row.disagreement().adjudicated() == null && row != selected.get()) {
                return row;
            }
        }
        return selected.get();
    }

    /** Selects the next pair in the list (the first when none is selected). */
    public void next() {
        move(1);
    }

    /** Selects the previous pair in the list. */
    public void previous() {
        move(-1);
    }

    private void move(int step) {
        if (disagreements.isEmpty()) {
            return;
        }
        int at = disagreements.indexOf(selected.get());
        int to = at < 0 ? 0 : Math.max(0, Math.min(disagreements.size() - 1, at + step));
        selected.set(disagreements.get(to));
    }

    /** Sets the strength of the decision within 1..3. */
    public void setStrength(int value) {
        strength.set(Math.max(1, Math.min(3, value)));
    }

    private <T> void run(String title, Function<Project, T> work, Consumer<T> done) {
        running++;
        busy.set(true);
        session.run(title, (project, progress) -> work.apply(project), result -> {
            busy.set(--running > 0);
            done.accept(result);
        }, failed -> {
            busy.set(--running > 0);
            message.set(OpenFailure.oneLine(String.valueOf(failed.getMessage())));
        });
    }

    public ObservableList<LanguageChoice> languages() {
        return languages;
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    /** Pairs with different verdicts in the chosen language, in the order they were first judged. */
    public ObservableList<DisagreementRow> disagreements() {
        return disagreements;
    }

    public ObjectProperty<DisagreementRow> selectedProperty() {
        return selected;
    }

    /** The prompt as Markdown. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty candidateAProperty() {
        return candidateA.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty candidateBProperty() {
        return candidateB.getReadOnlyProperty();
    }

    /** "A · model" above the first candidate. */
    public ReadOnlyStringProperty candidateALabelProperty() {
        return candidateALabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty candidateBLabelProperty() {
        return candidateBLabel.getReadOnlyProperty();
    }

    /** The annotators' judgements of the selected pair, oldest first. */
    public ObservableList<JudgementRow> judgements() {
        return judgements;
    }

    /** The adjudication that stands for the selected pair, or that there is none yet. */
    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }

    public ObjectProperty<Winner> winnerProperty() {
        return winner;
    }

    /** 1..3; ignored for a tie or both-bad. */
    public IntegerProperty strengthProperty() {
        return strength;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    /** True while background work for this workspace runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last save did, or why work failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the empty detail pane says: choose a pair, or why there is none to choose. */
    public ReadOnlyStringProperty emptyNoteProperty() {
        return emptyNote.getReadOnlyProperty();
    }

    /** True once the selected pair is shown side by side; until then there is nothing to decide. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when a pair is loaded, a winner chosen and nothing is being saved. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
