package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.stats.LanguageChoice;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.core.Cancelled;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Assignments;
import io.indaba.core.prefer.GoldItems;
import io.indaba.core.prefer.GoldScore;
import io.indaba.core.prefer.JudgementProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The team workspace: annotator profiles with their judgements, gold score and assignments; the project's k and
 * progress per language; bulk assignment. Reloads whenever the project changes; gold lives in {@link GoldViewModel}.
 */
public final class TeamViewModel {

    private final ProjectSession session;
    private final String actor;
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    // ids, not rows: a reload with new counts keeps equal ids, so selectors keep their choice
    private final ObservableList<String> memberIds = FXCollections.observableArrayList();
    // only annotators who read the chosen language can take its items
    private final FilteredList<String> assignees = new FilteredList<>(memberIds, id -> false);
    private Map<String, Annotator> profiles = Map.of();
    private final ObservableList<ProgressRow> progress = FXCollections.observableArrayList();
    private final ObservableList<LanguageChoice> languages = FXCollections.observableArrayList();
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 3);
    private final javafx.beans.property.StringProperty aspects =
            new javafx.beans.property.SimpleStringProperty(this, "aspects", "");
    private final javafx.beans.property.BooleanProperty rationaleRequired =
            new javafx.beans.property.SimpleBooleanProperty(this, "rationaleRequired");
    private final ObjectProperty<LanguageChoice> assignLanguage = new SimpleObjectProperty<>(this, "assignLanguage");
    private final ObjectProperty<String> assignee = new SimpleObjectProperty<>(this, "assignee");
    private final ReadOnlyBooleanWrapper assigning = new ReadOnlyBooleanWrapper(this, "assigning");
    private final ReadOnlyDoubleWrapper assignProgress = new ReadOnlyDoubleWrapper(this, "assignProgress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final GoldViewModel gold;
    private BackgroundTask assignment;
    private long generation;

    /** A team view model that records its changes as {@code actor}. */
    public TeamViewModel(ProjectSession session, String actor) {
        this.session = session;
        this.actor = actor;
        this.gold = new GoldViewModel(session, actor, languages);
        session.revisionProperty().addListener((o, was, now) -> load());
        assignLanguage.addListener((o, was, now) -> {
            assignees.setPredicate(id -> now != null && profiles.get(id).reads(now.tag()));
            if (assignee.get() != null && !assignees.contains(assignee.get())) {
                assignee.set(null);
            }
        });
    }

    /** Reads the team in the background; a newer load makes an older result moot. */
    public void load() {
        long mine = ++generation;
        session.run(Messages.get("team.task.load"), (project, p) -> TeamSnapshot.read(project), result -> {
            if (mine == generation) {
                show(result);
            }
        }, this::failed);
    }

    private void show(TeamSnapshot s) {
        error.set("");
        k.set(s.k());
        List<MemberRow> rows = new ArrayList<>();
        for (Annotator a : s.annotators()) {
            List<LanguageChip> chips = new ArrayList<>();
            a.languages().forEach((tag, level) -> chips.add(LanguageChip.of(tag, level)));
            Map<String, GoldScore> byLanguage = s.gold().getOrDefault(a.id(), Map.of());
            rows.add(new MemberRow(a, chips, s.judgements().getOrDefault(a.id(), 0L),
                    score(GoldItems.overall(byLanguage)), detail(byLanguage), s.assignments().getOrDefault(a.id(), 0L)));
        }
        members.setAll(rows);
        Map<String, Annotator> byId = new java.util.LinkedHashMap<>();
        s.annotators().forEach(a -> byId.put(a.id(), a));
        profiles = byId;
        List<String> ids = List.copyOf(byId.keySet());
        // replace selector lists only when they differ: replacing clears what a selector shows
        if (!memberIds.equals(ids)) {
            memberIds.setAll(ids);
        }
        List<LanguageChoice> choices = s.progress().stream().map(p -> LanguageChoice.of(p.lang())).toList();
        if (!languages.equals(choices)) {
            languages.setAll(choices);
        }
        if (!choices.contains(assignLanguage.get())) {
            assignLanguage.set(choices.isEmpty() ? null : choices.get(0));
        }
        progress.setAll(s.progress().stream().map(TeamViewModel::progressRow).toList());
        gold.loaded(s.marks());
    }

    private static ProgressRow progressRow(JudgementProgress p) {
        return new ProgressRow(LanguageChoice.of(p.lang()), p.share(),
                Messages.format("team.progress.line", p.done(), p.total(), p.k(), Math.round(100 * p.share())));
    }

    static String score(GoldScore s) {
        return s.seen() == 0 ? "—" : Messages.format("team.gold.score", s.right(), s.seen(), Math.round(100 * s.share()));
    }

    private static String detail(Map<String, GoldScore> byLanguage) {
        List<String> parts = new ArrayList<>();
        byLanguage.forEach((lang, s) -> parts.add(lang + " " + s.right() + "/" + s.seen()));
        return String.join(" · ", parts);
    }

    /** Loads what each judgement asks: the rated aspects and whether a rationale is required. */
    public void loadJudging() {
        session.run(Messages.get("team.task.judging"),
                (project, p) -> io.indaba.core.prefer.JudgingSettings.load(project.database()), s -> {
                    aspects.set(String.join(", ", s.aspects()));
                    rationaleRequired.set(s.rationaleRequired());
                }, this::failed);
    }

    /** Stores the aspects (comma separated) and the rationale rule; a bad aspect name is reported, nothing stored. */
    public void applyJudging() {
        String wanted = aspects.get();
        boolean required = rationaleRequired.get();
        session.run(Messages.get("team.task.judging"), (project, p) -> {
            io.indaba.core.prefer.JudgingSettings.of(wanted, required).save(project.database(), actor);
            return true;
        }, done -> session.changed(), this::failed);
    }

    public javafx.beans.property.StringProperty aspectsProperty() {
        return aspects;
    }

    public javafx.beans.property.BooleanProperty rationaleRequiredProperty() {
        return rationaleRequired;
    }

    /** Writes k when it differs from the stored value; the spinner calls this on every committed change. */
    public void applyK(int wanted) {
        session.run(Messages.get("team.task.k"), (project, p) -> {
            if (project.queue().k() != wanted) {
                project.queue().setK(wanted, actor);
                return true;
            }
            return false;
        }, changed -> {
            if (changed) {
                session.changed();
            }
        }, this::failed);
    }

    /** Saves a profile built by a {@link ProfileForm}; a failure shows in {@link #errorProperty()}. */
    public void save(Annotator annotator) {
        session.run(Messages.get("team.task.save"), (project, p) -> {
            project.annotators().save(annotator, actor);
            return annotator.id();
        }, id -> {
            message.set(Messages.format("team.profile.saved", id));
            session.changed();
        }, this::failed);
    }

    /** Assigns every comparable prompt of the chosen language that nobody has yet to the chosen annotator. */
    public void assign() {
        LanguageChoice lang = assignLanguage.get();
        Annotator who = assignee.get() == null ? null : profiles.get(assignee.get());
        if (lang == null || who == null || assigning.get()) {
            return;
        }
        assigning.set(true);
        message.set("");
        assignment = session.run(Messages.format("team.task.assign", lang.tag(), who.id()),
                (project, p) -> new Assignments(project.database()).assignUnassigned(lang.tag(), who, actor, p),
                added -> {
                    assigning.set(false);
                    message.set(Messages.format("team.assign.done", added, lang.tag(), who.id()));
                    session.changed();
                }, e -> {
                    assigning.set(false);
                    if (e instanceof Cancelled) {
                        message.set(Messages.get("team.assign.cancelled"));
                    } else {
                        failed(e);
                    }
                });
        if (assigning.get()) {
            assignProgress.bind(assignment.progressProperty());
        }
    }

    /** Stops a running bulk assignment; nothing of it is kept. */
    public void cancelAssign() {
        if (assignment != null) {
            assignment.cancel();
        }
    }

    private void failed(Throwable e) {
        error.set(OpenFailure.oneLine(String.valueOf(e.getMessage())));
    }

    /** The gold panel's model. */
    public GoldViewModel gold() {
        return gold;
    }

    /** How an annotator id reads in a selector: "am-07 (Abebe)" when the profile has a name. */
    public String label(String id) {
        Annotator a = id == null ? null : profiles.get(id);
        return a == null || a.displayName() == null ? String.valueOf(id == null ? "" : id) : id + " (" + a.displayName() + ")";
    }

    /** Every profile, by id. */
    public ObservableList<MemberRow> members() {
        return members;
    }

    /** The ids of annotators who read the language chosen for assignment. */
    public ObservableList<String> assignees() {
        return assignees;
    }

    /** Progress per language with comparable prompts, by tag. */
    public ObservableList<ProgressRow> progress() {
        return progress;
    }

    /** Languages with comparable prompts, for the assignment and gold selectors. */
    public ObservableList<LanguageChoice> languages() {
        return languages;
    }

    /** Judgements wanted per item and language, as last read. */
    public IntegerProperty kProperty() {
        return k;
    }

    public ObjectProperty<LanguageChoice> assignLanguageProperty() {
        return assignLanguage;
    }

    /** The id of the annotator chosen for assignment. */
    public ObjectProperty<String> assigneeProperty() {
        return assignee;
    }

    /** True while a bulk assignment runs. */
    public ReadOnlyBooleanProperty assigningProperty() {
        return assigning.getReadOnlyProperty();
    }

    /** The running assignment's share done, or -1 while unknown. */
    public ReadOnlyDoubleProperty assignProgressProperty() {
        return assignProgress.getReadOnlyProperty();
    }

    /** What the last action did, in one line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last read or write failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
