package io.indaba.app.stats;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.prefer.PreferenceVotes;
import io.indaba.core.prefer.VoteSet;
import io.indaba.core.stats.AgreementReport;
import io.indaba.core.stats.AnnotatorReport;
import io.indaba.core.stats.LanguageReport;
import io.indaba.core.stats.PreferenceStatistics;
import io.indaba.core.stats.ReliabilityWarning;
import io.indaba.core.stats.StatsOptions;
import io.indaba.core.stats.StatsReport;
import io.indaba.core.stats.ranking.ModelRating;
import io.indaba.core.stats.ranking.RatingComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The statistics dashboard: per language, agreement figures, the Bradley-Terry leaderboard and each annotator's
 * reliability. The whole report is computed in the background once per project revision; switching language
 * only re-reads it.
 */
public final class StatsViewModel {

    /** The computed report and what was set aside, kept to switch languages without recomputing. */
    private record Snapshot(StatsReport report, VoteSet votes) {
    }

    private final ProjectSession session;
    private final StatsOptions options;
    private final ObservableList<LanguageChoice> languages = FXCollections.observableArrayList();
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper disconnected = new ReadOnlyStringWrapper(this, "disconnected", "");
    private final ReadOnlyStringWrapper agreementNote = new ReadOnlyStringWrapper(this, "agreementNote", "");
    private final ReadOnlyIntegerWrapper flagged = new ReadOnlyIntegerWrapper(this, "flagged");
    private final ObservableList<Figure> agreement = FXCollections.observableArrayList();
    private final ObservableList<ModelRow> models = FXCollections.observableArrayList();
    private final ObservableList<AnnotatorRow> annotators = FXCollections.observableArrayList();
    private Snapshot snapshot;
    private long generation;

    public StatsViewModel(ProjectSession session) {
        this(session, StatsOptions.defaults());
    }

    /** A dashboard with other statistics settings (tests use few bootstrap resamples). */
    public StatsViewModel(ProjectSession session, StatsOptions options) {
        this.session = session;
        this.options = options;
        session.revisionProperty().addListener((o, was, now) -> load());
        language.addListener((o, was, now) -> show());
    }

    /** Computes the report in the background; a newer load makes an older result moot. */
    public void load() {
        long mine = ++generation;
        loading.set(true);
        session.run(Messages.get("task.stats"), (project, progress) -> {
            VoteSet votes = new PreferenceVotes(project.judgements(), project.candidates()).read(null);
            return new Snapshot(new PreferenceStatistics(options).compute(votes.votes()), votes);
        }, result -> {
            if (mine == generation) {
                loaded(result);
            }
        }, failed -> {
            if (mine == generation) {
                loading.set(false);
                error.set(OpenFailure.oneLine(String.valueOf(failed.getMessage())));
            }
        });
    }

    private void loaded(Snapshot result) {
        snapshot = result;
        String previous = language.get() == null ? null : language.get().tag();
        List<LanguageChoice> choices = result.report().languages().stream()
                .map(l -> LanguageChoice.of(l.lang())).toList();
        languages.setAll(choices);
        LanguageChoice keep = choices.stream().filter(c -> c.tag().equals(previous)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
        error.set("");
        loading.set(false);
        // choices are values: an equal language fires no change, so show explicitly
        LanguageChoice before = language.get();
        language.set(keep);
        if (Objects.equals(before, keep)) {
            show();
        }
    }

    private void show() {
        LanguageReport report = current();
        if (report == null) {
            summary.set(snapshot == null ? "" : Messages.get("stats.noJudgements"));
            agreement.clear();
            models.clear();
            annotators.clear();
            disconnected.set("");
            agreementNote.set("");
            flagged.set(0);
            return;
        }
        AgreementReport a = report.agreement();
        int adjudications = snapshot.votes().adjudicationsIn(report.lang());
        summary.set(Messages.format("stats.summary", report.votes(), a.units(), a.sharedUnits(), adjudications));
        agreement.setAll(List.of(
                new Figure("alpha-nominal", Messages.get("stats.alphaNominal"), StatsFormat.number(a.alphaNominal()),
                        a.alphaNominal()),
                new Figure("alpha-ordinal", Messages.get("stats.alphaOrdinal"), StatsFormat.number(a.alphaOrdinal()),
                        a.alphaOrdinal()),
                new Figure("alpha-interval", Messages.get("stats.alphaInterval"),
                        StatsFormat.number(a.alphaInterval()), a.alphaInterval()),
                new Figure("fleiss", Messages.get("stats.fleiss"), StatsFormat.number(a.fleissKappa()),
                        a.fleissKappa()),
                new Figure("cohen", Messages.get("stats.cohen"), StatsFormat.number(a.cohenKappa()), a.cohenKappa()),
                new Figure("raw", Messages.get("stats.raw"), StatsFormat.percent(a.rawAgreement()), a.rawAgreement()),
                new Figure("raw-without-ties", Messages.get("stats.rawWithoutTies"),
                        StatsFormat.percent(a.rawAgreementWithoutTies()), a.rawAgreementWithoutTies())));
        agreementNote.set(a.sharedUnits() == 0 ? Messages.get("stats.noSharedPairs") : "");
        models.setAll(modelRows(report));
        int groups = report.ratings().components().size();
        disconnected.set(report.ratings().connected() ? "" : Messages.format("stats.disconnected", groups));
        List<AnnotatorRow> rows = new ArrayList<>();
        for (AnnotatorReport r : report.annotators()) {
            Set<ReliabilityWarning> warnings = ReliabilityWarning.of(r);
            rows.add(new AnnotatorRow(r.annotatorId(), r.votes(), StatsFormat.proportion(r.majorityAgreement()),
                    StatsFormat.proportion(r.intransitiveTriples()),
                    StatsFormat.proportion(r.swappedRepeatConsistency()), StatsFormat.pick(r.leftPicks(), true),
                    StatsFormat.pick(r.longerPicks(), false), warnings, StatsFormat.warnings(warnings)));
        }
        annotators.setAll(rows);
        flagged.set((int) rows.stream().filter(AnnotatorRow::flagged).count());
    }

    private static List<ModelRow> modelRows(LanguageReport report) {
        List<ModelRow> rows = new ArrayList<>();
        int group = 0;
        for (RatingComponent component : report.ratings().components()) {
            group++;
            int rank = 0;
            for (ModelRating r : component.ratings()) {
                rows.add(new ModelRow(group, ++rank, r.model(), r.elo(), r.eloLow(), r.eloHigh(), r.wins(),
                        r.losses(), r.ties()));
            }
        }
        return rows;
    }

    private LanguageReport current() {
        if (snapshot == null || language.get() == null) {
            return null;
        }
        String tag = language.get().tag();
        return snapshot.report().languages().stream().filter(l -> l.lang().equals(tag)).findFirst().orElse(null);
    }

    /** Languages with pairwise judgements, by tag. */
    public ObservableList<LanguageChoice> languages() {
        return languages;
    }

    /** The language shown; set it to switch. */
    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the statistics could not be computed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Votes, pairs and adjudications of the shown language in one line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A warning that Elo compares only within groups, or empty when all models were linked. */
    public ReadOnlyStringProperty disconnectedProperty() {
        return disconnected.getReadOnlyProperty();
    }

    /** Why the agreement figures are dashes (no pair judged by two annotators yet), or empty when they are numbers. */
    public ReadOnlyStringProperty agreementNoteProperty() {
        return agreementNote.getReadOnlyProperty();
    }

    /** Annotators with at least one warning in the shown language. */
    public ReadOnlyIntegerProperty flaggedProperty() {
        return flagged.getReadOnlyProperty();
    }

    /** Agreement figures of the shown language. */
    public ObservableList<Figure> agreement() {
        return agreement;
    }

    /** The leaderboard of the shown language, group by group, best first. */
    public ObservableList<ModelRow> models() {
        return models;
    }

    /** Each annotator's reliability in the shown language, by id. */
    public ObservableList<AnnotatorRow> annotators() {
        return annotators;
    }
}
