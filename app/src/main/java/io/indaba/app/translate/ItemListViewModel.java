package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.project.Project;
import io.indaba.core.translate.TranslationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's item list: target language, status and search filters, rows read page by page in the background,
 * the selected item, moving to the next (unfinished) item, and progress per target language.
 */
public final class ItemListViewModel {

    /** Rows per page read from the store. */
    static final int PAGE = 200;

    private final ProjectSession session;
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final StringProperty language = new SimpleStringProperty(this, "language");
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(this, "status", StatusFilter.ANY);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty regex = new SimpleBooleanProperty(this, "regex");
    private final StringProperty checkId = new SimpleStringProperty(this, "checkId");
    private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ItemRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<LanguageProgress> progress = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private ItemPages.Cursor cursor = ItemPages.Cursor.START;
    // Bumped on every new filter, so a page that arrives for an old filter is dropped.
    private long generation;
    private boolean wantNextUnfinished;
    private long keepItemId = -1;

    public ItemListViewModel(ProjectSession session) {
        this.session = session;
        language.addListener((o, was, now) -> reload());
        status.addListener((o, was, now) -> reload());
        regex.addListener((o, was, now) -> reload());
        checkId.addListener((o, was, now) -> reload());
    }

    /** Reads the target languages and picks the first; the list then loads. */
    public void start() {
        session.run(Messages.get("task.translate.languages"),
                (project, p) -> project.settings().targetLangs(), targets -> {
                    languages.setAll(targets);
                    if (language.get() == null && !targets.isEmpty()) {
                        language.set(targets.get(0));
                    }
                    refreshProgress();
                }, this::fail);
    }

    /** Applies the search text (the view calls it on Enter, not on every key). */
    public void applySearch() {
        reload();
    }

    /** Starts the list over with the current filters. */
    public void reload() {
        generation++;
        ItemRow was = selected.get();
        // Keep the open item across a new filter or language: it is selected again when its row comes back.
        keepItemId = was == null ? keepItemId : was.itemId();
        selected.set(null);
        rows.clear();
        cursor = ItemPages.Cursor.START;
        more.set(true);
        loading.set(false);
        error.set("");
        if (language.get() == null) {
            return;
        }
        loadMore();
    }

    /** Reads the next page, unless one is on its way or the list is complete. */
    public void loadMore() {
        if (loading.get() || !more.get() || language.get() == null) {
            return;
        }
        ItemFilter filter = new ItemFilter(language.get(), status.get(), checkId.get(), search.get(), regex.get());
        try {
            filter.pattern();
        } catch (PatternSyntaxException e) {
            error.set(Messages.format("translate.badRegex", e.getDescription()));
            more.set(false);
            return;
        }
        long asked = generation;
        String lang = filter.lang();
        String check = filter.checkId();
        ItemPages.Cursor from = cursor;
        loading.set(true);
        session.run(Messages.get("task.translate.items"), (project, p) -> {
            Predicate<ItemPages.ListedItem> extra = check == null ? listed -> true
                    : listed -> !listed.targets().isEmpty() && QaViewModel.has(project, listed.item(), lang, check);
            return ItemPages.read(project, filter, from, PAGE, extra, p);
        }, page -> {
                    if (asked != generation) {
                        return;
                    }
                    loading.set(false);
                    cursor = page.next();
                    more.set(page.more());
                    rows.addAll(page.rows());
                    if (selected.get() == null && !rows.isEmpty()) {
                        if (!selectItem(keepItemId)) {
                            selected.set(rows.get(0));
                        }
                        keepItemId = -1;
                    }
                    if (wantNextUnfinished) {
                        selectNextUnfinished();
                    }
                }, failure -> {
                    if (asked == generation) {
                        loading.set(false);
                        fail(failure);
                    }
                });
    }

    /** Selects the row after the selected one. */
    public void selectNext() {
        int i = rows.indexOf(selected.get());
        if (i + 1 < rows.size()) {
            selected.set(rows.get(i + 1));
        } else if (more.get()) {
            loadMore();
        }
    }

    /** Selects the row before the selected one. */
    public void selectPrevious() {
        int i = rows.indexOf(selected.get());
        if (i > 0) {
            selected.set(rows.get(i - 1));
        }
    }

    /** Selects the next unfinished item after the selected one, reading more pages when needed. */
    public void selectNextUnfinished() {
        wantNextUnfinished = false;
        int from = rows.indexOf(selected.get()) + 1;
        for (int i = from; i < rows.size(); i++) {
            if (rows.get(i).status().unfinished()) {
                selected.set(rows.get(i));
                return;
            }
        }
        if (more.get()) {
            wantNextUnfinished = true;
            loadMore();
        }
    }

    /** Selects the item with this id if it is in the loaded rows; returns whether it was. */
    public boolean selectItem(long itemId) {
        for (ItemRow row : rows) {
            if (row.itemId() == itemId) {
                selected.set(row);
                return true;
            }
        }
        return false;
    }

    /** Re-reads one item's status after a save, and the language progress. */
    public void refresh(long itemId) {
        String lang = language.get();
        long asked = generation;
        session.run(Messages.get("task.translate.items"), (project, p) -> ItemPages.row(project, itemId, lang),
                row -> {
                    if (asked != generation) {
                        return;
                    }
                    for (int i = 0; i < rows.size(); i++) {
                        if (rows.get(i).itemId() == itemId) {
                            boolean wasSelected = rows.get(i).equals(selected.get());
                            rows.set(i, row);
                            if (wasSelected) {
                                selected.set(row);
                            }
                        }
                    }
                    refreshProgress();
                }, this::fail);
    }

    /** Re-reads the finished share of every target language. */
    public void refreshProgress() {
        session.run(Messages.get("task.translate.progress"), this::readProgress, progress::setAll, this::fail);
    }

    private List<LanguageProgress> readProgress(Project project, io.indaba.core.Progress p) {
        long total = session.translatableFields();
        Map<String, Map<TranslationStatus, Long>> counts = project.translations().countsByLanguage();
        List<LanguageProgress> out = new ArrayList<>();
        for (String lang : project.settings().targetLangs()) {
            long finished = 0;
            for (Map.Entry<TranslationStatus, Long> e : counts.getOrDefault(lang, Map.of()).entrySet()) {
                finished += e.getKey().unfinished() ? 0 : e.getValue();
            }
            out.add(new LanguageProgress(lang, finished, total));
        }
        return out;
    }

    private void fail(Throwable failure) {
        error.set(String.valueOf(failure.getMessage()));
    }

    /** The project's target languages. */
    public ObservableList<String> languages() {
        return languages;
    }

    /** The language being translated into. */
    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    /** The search text, applied by {@link #applySearch()}. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Whether the search is a regular expression. */
    public BooleanProperty regexProperty() {
        return regex;
    }

    /** Only items with a finding of this QA check, or null for all; changing it reloads. */
    public StringProperty checkIdProperty() {
        return checkId;
    }

    /** The rows read so far. */
    public ObservableList<ItemRow> rows() {
        return rows;
    }

    /** The item being edited. */
    public ObjectProperty<ItemRow> selectedProperty() {
        return selected;
    }

    /** Progress per target language, in the project's order. */
    public ObservableList<LanguageProgress> progress() {
        return progress;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether more rows can be read. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** Why the list could not be read (a bad regex, a store failure), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
