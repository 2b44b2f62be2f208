package io.indaba.app.prefer;

import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Decision;
import io.indaba.core.prefer.QueueEntry;
import io.indaba.core.prefer.Submission;
import io.indaba.core.project.Project;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The state of the comparison view: the current task (prefetched, so "submit" shows the next one at once), the
 * decision being made, and the submission, which commits in the background while the annotator moves on.
 */
public final class ComparisonViewModel {

    private static final int PREFETCH = 6;

    private final Project project;
    private final Annotator annotator;
    private final Executor background;
    private final Executor ui;
    private final LongSupplier clock;
    private final Submission submission;
    private final Deque<QueueEntry> prefetched = new ArrayDeque<>();
    private final Set<String> inFlight = new HashSet<>();
    private boolean refilling;

    private final ReadOnlyObjectWrapper<QueueEntry> current = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Decision.Side> side = new SimpleObjectProperty<>();
    private final IntegerProperty strength = new SimpleIntegerProperty(1);
    private final ObservableMap<Integer, Integer> ranks = FXCollections.observableHashMap();
    private final BooleanProperty noneAcceptable = new SimpleBooleanProperty();
    private final ObservableMap<String, Integer> ratings = FXCollections.observableHashMap();
    private final ObservableSet<String> flags = FXCollections.observableSet();
    private final StringProperty rationale = new SimpleStringProperty("");
    private final ObservableMap<Integer, String> edits = FXCollections.observableHashMap();
    private final ObservableSet<String> aids = FXCollections.observableSet();
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty submitted = new SimpleIntegerProperty();
    private final BooleanProperty rationaleRequired = new SimpleBooleanProperty();
    private final ObservableList<String> aspects = FXCollections.observableArrayList();
    private long shownAt;

    /** Flags an annotator can set on a task. */
    public static final List<String> FLAGS = List.of("wrong-language", "unsafe", "truncated", "refusal");

    public ComparisonViewModel(Project project, Annotator annotator, Executor background, Executor ui,
                               LongSupplier clockMillis) {
        this.project = project;
        this.annotator = annotator;
        this.background = background;
        this.ui = ui;
        this.clock = clockMillis;
        this.submission = new Submission(project.database());
    }

    /** Loads the first tasks and the project's aspects; call once. */
    public void start(List<String> projectAspects, boolean requireRationale) {
        aspects.setAll(projectAspects);
        rationaleRequired.set(requireRationale);
        refill();
    }

    private void refill() {
        if (refilling) {
            return;
        }
        refilling = true;
        CompletableFuture.supplyAsync(() -> project.queue().next(annotator, PREFETCH + inFlight.size() + 1), background)
                .whenCompleteAsync((entries, error) -> {
                    refilling = false;
                    if (error != null) {
                        message.set("Could not load tasks: " + rootMessage(error));
                        return;
                    }
                    Set<String> queued = new HashSet<>();
                    prefetched.forEach(e -> queued.add(key(e)));
                    if (current.get() != null) {
                        queued.add(key(current.get()));
                    }
                    for (QueueEntry e : entries) {
                        if (!queued.contains(key(e)) && !inFlight.contains(key(e))) {
                            prefetched.add(e);
                        }
                    }
                    if (current.get() == null) {
                        advance();
                    }
                }, ui);
    }

    private void advance() {
        QueueEntry next = prefetched.poll();
        clearDecision();
        current.set(next);
        shownAt = clock.getAsLong();
        if (next == null && !refilling) {
            message.set(submitted.get() == 0 ? "Nothing to judge in your languages." : "All done — thank you.");
        }
        if (prefetched.size() < PREFETCH / 2) {
            refill();
        }
    }

    private void clearDecision() {
        side.set(null);
        strength.set(1);
        ranks.clear();
        noneAcceptable.set(false);
        ratings.clear();
        flags.clear();
        rationale.set("");
        edits.clear();
        aids.clear();
    }

    /** Why the current decision cannot be submitted yet, or null when it can. */
    public String problem() {
        QueueEntry e = current.get();
        if (e == null) {
            return "There is no task.";
        }
        if (e.displayed().size() == 2) {
            if (side.get() == null) {
                return "Choose A, B, tie or both bad.";
            }
        } else if (!noneAcceptable.get() && ranks.size() < e.displayed().size()) {
            return "Rank every response, or mark none acceptable.";
        }
        if (rationaleRequired.get() && rationale.get().isBlank()) {
            return "This project asks for a rationale.";
        }
        return null;
    }

    /**
     * Submits the decision: the next task is shown at once and the judgement commits in the background. Returns
     * false (with a message) when the decision is incomplete.
     */
    public boolean submit() {
        String problem = problem();
        if (problem != null) {
            message.set(problem);
            return false;
        }
        QueueEntry e = current.get();
        Decision d = decision(e);
        String k = key(e);
        inFlight.add(k);
        CompletableFuture.supplyAsync(() -> submission.submit(e, annotator.id(), d, null), background)
                .whenCompleteAsync((uid, error) -> {
                    inFlight.remove(k);
                    if (error != null) {
                        // The decision stays in memory: put the task back in front so nothing is lost.
                        prefetched.addFirst(e);
                        message.set("Not saved, will retry: " + rootMessage(error));
                    } else {
                        submitted.set(submitted.get() + 1);
                        message.set("Saved.");
                    }
                }, ui);
        advance();
        return true;
    }

    private Decision decision(QueueEntry e) {
        List<List<Integer>> groups = new ArrayList<>();
        if (e.displayed().size() > 2 && !noneAcceptable.get()) {
            Map<Integer, List<Integer>> byRank = new java.util.TreeMap<>();
            ranks.forEach((pos, rank) -> byRank.computeIfAbsent(rank, r -> new ArrayList<>()).add(pos));
            byRank.values().forEach(g -> groups.add(g.stream().sorted().toList()));
        }
        return new Decision(side.get(), strength.get(), groups, noneAcceptable.get(), new LinkedHashMap<>(ratings),
                new ArrayList<>(flags), rationale.get().isBlank() ? null : rationale.get(), new ArrayList<>(aids),
                new LinkedHashMap<>(edits), Math.max(0, clock.getAsLong() - shownAt));
    }

    /** Skips the current task for now (it comes back later). */
    public void skip() {
        QueueEntry e = current.get();
        if (e != null) {
            prefetched.addLast(e);
            advance();
        }
    }

    /** Records that the annotator looked at an aid (e.g. "back-translation"), so the judgement says so. */
    public void usedAid(String aid) {
        aids.add(aid);
    }

    /** Records an edit-to-win correction of the response shown at {@code position}. */
    public void edit(int position, String correctedText) {
        Candidate original = current.get().displayed().get(position);
        if (correctedText == null || correctedText.equals(original.text())) {
            edits.remove(position);
        } else {
            edits.put(position, correctedText);
        }
    }

    private static String key(QueueEntry e) {
        return e.item().id() + "|" + e.lang();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    public ReadOnlyObjectProperty<QueueEntry> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObjectProperty<Decision.Side> sideProperty() {
        return side;
    }

    public IntegerProperty strengthProperty() {
        return strength;
    }

    /** Displayed position → rank (1 = best; equal ranks are ties). */
    public ObservableMap<Integer, Integer> ranks() {
        return ranks;
    }

    public BooleanProperty noneAcceptableProperty() {
        return noneAcceptable;
    }

    public ObservableMap<String, Integer> ratings() {
        return ratings;
    }

    public ObservableSet<String> flags() {
        return flags;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    public ObservableMap<Integer, String> edits() {
        return edits;
    }

    public ObservableSet<String> aids() {
        return aids;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public IntegerProperty submittedProperty() {
        return submitted;
    }

    public BooleanProperty rationaleRequiredProperty() {
        return rationaleRequired;
    }

    public ObservableList<String> aspects() {
        return aspects;
    }

    /** How many tasks are waiting in the prefetch buffer (for tests and the status line). */
    public int prefetchedCount() {
        return prefetched.size();
    }
}
