package io.indaba.app.project;

import io.indaba.app.common.ProjectSession;
import io.indaba.app.common.Messages;
import io.indaba.core.item.ItemKind;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.project.ProjectInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The project overview: name, file, languages, item counts by kind and progress per language; reloads on change. */
public final class OverviewViewModel {

    /** How many items of one kind. */
    public record KindCount(String kind, String label, long count) {
    }

    /** One language's work: finished of total translatable fields, candidates and judgements. */
    public record LanguageProgress(String tag, String displayName, String nativeName, boolean target, long finished,
                                   long total, long translations, long candidates, long judgements) {

        /** Finished share in 0..1. */
        public double fraction() {
            return total == 0 ? 0 : Math.min(1.0, (double) finished / total);
        }
    }

    private record Snapshot(ProjectInfo info, long translatableFields) {
    }

    private final ProjectSession session;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper(this, "file", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyLongWrapper items = new ReadOnlyLongWrapper(this, "items");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<KindCount> kinds = FXCollections.observableArrayList();
    private final ObservableList<LanguageProgress> languages = FXCollections.observableArrayList();
    private boolean again;

    public OverviewViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((o, was, now) -> load());
        session.editsProperty().addListener((o, was, now) -> load());
    }

    /** Reads the counts in the background; asked again while reading, it reads once more afterwards. */
    public void load() {
        if (loading.get()) {
            again = true; // a run of judgements costs one more count, not one per judgement
            return;
        }
        loading.set(true);
        session.run(Messages.get("task.overview"),
                (project, progress) -> new Snapshot(project.info(), session.translatableFields()),
                this::show, failed -> {
                    loading.set(false);
                    error.set(OpenFailure.oneLine(String.valueOf(failed.getMessage())));
                    reloadIfAsked();
                });
    }

    private void reloadIfAsked() {
        if (again) {
            again = false;
            load();
        }
    }

    private void show(Snapshot snapshot) {
        ProjectInfo info = snapshot.info();
        name.set(info.name());
        file.set(info.file());
        source.set(names(info.sourceLang()));
        items.set(info.items());
        List<KindCount> byKind = new ArrayList<>();
        for (Map.Entry<String, Long> e : info.itemsByKind().entrySet()) {
            byKind.add(new KindCount(e.getKey(), kindLabel(e.getKey()), e.getValue()));
        }
        kinds.setAll(byKind);
        List<LanguageProgress> rows = new ArrayList<>();
        for (ProjectInfo.LanguageCounts lang : info.languages().values()) {
            boolean source = lang.tag().equals(info.sourceLang());
            if (lang.target() || (!source && lang.candidates() + lang.judgements() + lang.translations() > 0)
                    || (source && lang.candidates() + lang.judgements() > 0)) {
                rows.add(new LanguageProgress(lang.tag(), LanguageTags.displayName(lang.tag()),
                        LanguageTags.nativeName(lang.tag()), lang.target(), lang.finishedTranslations(),
                        lang.target() ? snapshot.translatableFields() : 0, lang.translations(), lang.candidates(),
                        lang.judgements()));
            }
        }
        languages.setAll(rows);
        error.set("");
        loading.set(false);
        reloadIfAsked();
    }

    static String kindLabel(String code) {
        return switch (ItemKind.of(code)) {
            case MCQ -> Messages.get("kind.mcq");
            case WINOGRANDE -> Messages.get("kind.winogrande");
            case PROMPT -> Messages.get("kind.prompt");
            case TEXT -> Messages.get("kind.text");
        };
    }

    private static String names(String tag) {
        String display = LanguageTags.displayName(tag);
        String nativeName = LanguageTags.nativeName(tag);
        return display.equals(nativeName) ? display + " (" + tag + ")" : display + " · " + nativeName + " (" + tag + ")";
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The source language's names and tag. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** All items. */
    public ReadOnlyLongProperty itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the counts could not be read, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Item counts by kind, in kind order. */
    public ObservableList<KindCount> kinds() {
        return kinds;
    }

    /** Targets and other languages with work, by tag. */
    public ObservableList<LanguageProgress> languages() {
        return languages;
    }
}
