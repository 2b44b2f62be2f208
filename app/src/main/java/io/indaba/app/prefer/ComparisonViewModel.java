package io.indaba.app.prefer;

import io.indaba.app.common.Messages;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Decision;
import io.indaba.core.prefer.QueueEntry;
import io.indaba.core.prefer.Submission;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
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

    private final ProjectAccess access;
    private final Annotator annotator;
    private final LongSupplier clock;
    private final ReadOnlyObjectWrapper<QueueEntry> upcoming = new ReadOnlyObjectWrapper<>();
    private final Deque<QueueEntry> prefetched = new ArrayDeque<>();
    private final Set<String> inFlight = new HashSet<>();
    private boolean refilling;
    // Set when a refill found nothing new, so an empty queue is not asked again and again.
    private boolean exhausted;

    private final ReadOnlyObjectWrapper<QueueEntry> current = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Decision.Side> side = new SimpleObjectProperty<>();
    /** 0 until the annotator chooses: a preselected "Slightly" would be stored for whoever never looked. */
    private final IntegerProperty strength = new SimpleIntegerProperty(0);
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
    /** The response the ranking keys act on (0-based displayed position), -1 for none. */
    private final IntegerProperty rankSelected = new SimpleIntegerProperty(-1);
    /** Whether the message says why the last submit was refused, which the next task must not show. */
    private boolean refusal;

    /** Flags an annotator can set on a task. */
    public static final List<String> FLAGS = List.of("wrong-language", "unsafe", "truncated", "refusal");

    public ComparisonViewModel(ProjectAccess access, Annotator annotator, LongSupplier clockMillis) {
        this.access = access;
        this.annotator = annotator;
        this.clock = clockMillis;
        // a tie or both-bad has no strength: one chosen before must not look chosen any more
        side.addListener((o, was, now) -> {
            if (now != null && !decisive()) {
                strength.set(0);
            }
        });
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
        access.run(Messages.get("compare.task.loading"), p -> p.queue().next(annotator, PREFETCH + inFlight.size() + 1), entries -> {
                    refilling = false;
                    Set<String> queued = new HashSet<>();
                    prefetched.forEach(e -> queued.add(key(e)));
                    if (current.get() != null) {
                        queued.add(key(current.get()));
                    }
                    int before = prefetched.size();
                    for (QueueEntry e : entries) {
                        if (!queued.contains(key(e)) && !inFlight.contains(key(e))) {
                            prefetched.add(e);
                        }
                    }
                    exhausted = prefetched.size() == before;
                    upcoming.set(prefetched.peek());
                    if (current.get() == null) {
                        advance();
                    }
                }, error -> {
                    refilling = false;
                    message.set(Messages.format("compare.loadFailed", rootMessage(error)));
                });
    }

    private void advance() {
        QueueEntry next = prefetched.poll();
        clearDecision();
        if (refusal) {
            message.set("");
            refusal = false;
        }
        upcoming.set(prefetched.peek());
        current.set(next);
        shownAt = clock.getAsLong();
        if (next == null && !refilling) {
            message.set(Messages.get(submitted.get() == 0 ? "compare.nothingToJudge" : "compare.allDone"));
        }
        if (prefetched.size() < PREFETCH / 2 && !exhausted) {
            refill();
        }
    }

    private void clearDecision() {
        side.set(null);
        strength.set(0);
        ranks.clear();
        rankSelected.set(-1);
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
            return Messages.get("compare.noTask");
        }
        if (e.displayed().size() == 2) {
            if (side.get() == null) {
                return Messages.get("compare.chooseSide");
            }
            if (decisive() && strength.get() == 0) {
                return Messages.get("compare.chooseStrength");
            }
        } else if (!noneAcceptable.get() && ranks.size() < e.displayed().size()) {
            return Messages.get("compare.rankAll");
        }
        if (rationaleRequired.get() && rationale.get().isBlank()) {
            return Messages.get("compare.rationaleRequired");
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
            refusal = true;
            return false;
        }
        QueueEntry e = current.get();
        Decision d = decision(e);
        String k = key(e);
        inFlight.add(k);
        access.run(Messages.get("compare.task.saving"), p -> new Submission(p.database()).submit(e, annotator.id(), d, null), uid -> {
            inFlight.remove(k);
            submitted.set(submitted.get() + 1);
            message.set(Messages.get("compare.saved"));
            access.stored();
        }, error -> {
            inFlight.remove(k);
            exhausted = false;
            // The task goes back to the front of the queue so the annotator can submit it again.
            prefetched.addFirst(e);
            upcoming.set(prefetched.peek());
            message.set(Messages.format("compare.notSaved", rootMessage(error)));
        });
        advance();
        return true;
    }

    private Decision decision(QueueEntry e) {
        List<List<Integer>> groups = new ArrayList<>();
        if (e.displayed().size() > 2 && !noneAcceptable.get()) {
            Map<Integer, List<Integer>> byRank = new TreeMap<>();
            ranks.forEach((pos, rank) -> byRank.computeIfAbsent(rank, r -> new ArrayList<>()).add(pos));
            byRank.values().forEach(g -> groups.add(g.stream().sorted().toList()));
        }
        return new Decision(side.get(), decisive() ? strength.get() : 0, groups, noneAcceptable.get(), new LinkedHashMap<>(ratings),
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

    /**
     * Asks a drafter for a back-translation of the response at {@code position} into {@code intoLang}; when it is
     * shown, the judgement records the aid.
     */
    public void backTranslate(int position, String intoLang, Drafter drafter,
                              Consumer<String> shown, Consumer<String> failed) {
        QueueEntry e = current.get();
        Candidate c = e.displayed().get(position);
        DraftRequest request = new DraftRequest(e.lang(), intoLang, c.text(),
                Map.of("purpose", "back-translation", "candidate", Long.toString(c.id())));
        access.run(Messages.get("compare.backTranslate"), p -> {
            try {
                List<Draft> drafts = drafter.draft(request).get(60, TimeUnit.SECONDS);
                if (drafts.isEmpty()) {
                    throw new IllegalStateException(drafter.displayName());
                }
                return drafts.get(0);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            } catch (ExecutionException | TimeoutException ex) {
                throw new IllegalStateException(rootMessage(ex), ex);
            }
        }, draft -> {
            if (current.get() == e) {
                usedAid("back-translation");
                shown.accept(Messages.format("compare.backTranslation", draft.label(), draft.text()));
            }
        }, error -> failed.accept(Messages.format("compare.backTranslationFailed", rootMessage(error))));
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

    /** The task that submitting or skipping will show next (the head of the prefetch buffer), or null. */
    public ReadOnlyObjectProperty<QueueEntry> upcomingProperty() {
        return upcoming.getReadOnlyProperty();
    }

    /** Whether the chosen side names a better response, which then takes a strength. */
    public boolean decisive() {
        return side.get() == Decision.Side.LEFT || side.get() == Decision.Side.RIGHT;
    }

    public ObjectProperty<Decision.Side> sideProperty() {
        return side;
    }

    public IntegerProperty strengthProperty() {
        return strength;
    }

    /** Selects response {@code position} (0-based) for the ranking keys, placing it below the ranked ones. */
    public void selectForRanking(int position) {
        if (rankingShown(position)) {
            rankSelected.set(position);
            setRanks(RankingMoves.place(ranks, position));
        }
    }

    /** Moves the selected response one place up ({@code -1}) or down ({@code 1}). */
    public void moveSelected(int direction) {
        int position = rankSelected.get();
        if (rankingShown(position)) {
            setRanks(direction < 0 ? RankingMoves.moveUp(ranks, position) : RankingMoves.moveDown(ranks, position));
        }
    }

    /** Ties the selected response with the one ranked just above it. */
    public void tieSelectedWithAbove() {
        int position = rankSelected.get();
        if (rankingShown(position)) {
            setRanks(RankingMoves.tieWithAbove(ranks, position));
        }
    }

    private boolean rankingShown(int position) {
        QueueEntry e = current.get();
        return e != null && e.displayed().size() > 2 && position >= 0 && position < e.displayed().size();
    }

    private void setRanks(Map<Integer, Integer> next) {
        ranks.keySet().retainAll(next.keySet());
        ranks.putAll(next);
    }

    /** The response the ranking keys act on, -1 for none. */
    public IntegerProperty rankSelectedProperty() {
        return rankSelected;
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
