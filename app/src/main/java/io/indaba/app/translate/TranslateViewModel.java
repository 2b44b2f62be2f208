package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.common.ProjectSession;
import io.indaba.core.item.Item;
import io.indaba.core.qa.QaFinding;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TmMatch;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.plugin.Draft;
import io.indaba.plugin.Drafter;
import java.util.List;

/**
 * The translation editor as a whole: wires the item list, the item editor, verification, the side panes and
 * search and replace together — selecting a row opens the item, a save refreshes the row, the history and the
 * checks, confirming the last field moves to the next unfinished item.
 */
public final class TranslateViewModel {

    private final ItemListViewModel list;
    private final ItemEditorViewModel editor;
    private final Verification verification;
    private final HistoryViewModel history;
    private final SearchReplaceViewModel replace;
    private final QaViewModel qa;
    private final SuggestionSources sources;
    private final MemoryViewModel memory;
    private final DraftsViewModel drafts;
    private final GlossaryViewModel glossary;

    public TranslateViewModel(ProjectSession session, String author) {
        this(session, author, List.of());
    }

    /** An editor whose drafts pane also offers {@code drafters}' drafts (the LLM drafter of the Back-ends settings). */
    public TranslateViewModel(ProjectSession session, String author, List<Drafter> drafters) {
        sources = new SuggestionSources(drafters);
        list = new ItemListViewModel(session);
        editor = new ItemEditorViewModel(session, author);
        verification = new Verification(editor);
        history = new HistoryViewModel(session);
        replace = new SearchReplaceViewModel(session, author);
        qa = new QaViewModel(session);
        memory = new MemoryViewModel(session, sources);
        drafts = new DraftsViewModel(session, sources);
        glossary = new GlossaryViewModel(session, sources);
        editor.itemProperty().addListener((o, was, now) -> {
            if (now != null) {
                qa.check(now, editor.lang());
            }
        });
        // A reload keeps the item object when only the language changed, so the fields are the signal.
        editor.fields().addListener((javafx.collections.ListChangeListener<FieldViewModel>) c ->
                glossary.show(editor.itemProperty().get(), editor.lang()));
        list.languageProperty().addListener((o, was, now) -> {
            if (now != null) {
                session.run(Messages.get("task.translate.memory"), (project, p) -> project.settings().sourceLang(),
                        source -> memory.warm(source, now), failure -> { });
            }
        });
        replace.langProperty().bind(list.languageProperty());
        list.selectedProperty().addListener((o, was, now) -> {
            String lang = list.languageProperty().get();
            if (now != null && (editor.itemProperty().get() == null || editor.itemProperty().get().id() != now.itemId()
                    || !lang.equals(editor.lang()))) {
                editor.load(now.itemId(), lang);
            }
        });
        editor.focusedProperty().addListener((o, was, now) -> showSuggestions());
        editor.setOnSaved(itemId -> {
            list.refresh(itemId);
            if (editor.itemProperty().get() != null && editor.itemProperty().get().id() == itemId) {
                qa.check(editor.itemProperty().get(), editor.lang());
            }
            history.show(editor.focusedField());
        });
        editor.setOnStored(memory::remember);
        editor.setOnItemDone(() -> {
            if (editor.verifyingProperty().get()) {
                list.selectNext();
            } else {
                list.selectNextUnfinished();
            }
        });
        replace.setOnApplied(() -> {
            projectChanged();
            list.reload();
            list.refreshProgress();
        });
        session.revisionProperty().addListener((o, was, now) -> {
            projectChanged();
            list.reload();
        });
    }

    // Imports and bulk replaces change what the memory, the drafters and the glossaries hold.
    private void projectChanged() {
        sources.reset();
        memory.forget();
        showSuggestions();
        glossary.show(editor.itemProperty().get(), editor.lang());
    }

    private void showSuggestions() {
        FieldViewModel field = editor.focusedField();
        Item item = editor.itemProperty().get();
        history.show(field);
        memory.show(item, field, editor.lang());
        drafts.show(item, field, editor.lang());
        glossary.focus(field == null ? null : field.name());
    }

    /** Puts the {@code n}-th memory match (0-based) into the focused field; false when there is none. */
    public boolean takeMatch(int n) {
        TmMatch match = memory.match(n);
        if (match == null || editor.focusedField() == null) {
            return false;
        }
        take(match.target(), Origin.TM);
        return true;
    }

    /** Puts a machine draft into the focused field (null: the first); false when there is none. */
    public boolean takeDraft(Draft draft) {
        Draft chosen = draft != null ? draft : drafts.first();
        if (chosen == null || editor.focusedField() == null) {
            return false;
        }
        take(chosen.text(), Origin.MT);
        return true;
    }

    /** Loads the languages and the first page. */
    public void start() {
        list.start();
    }

    /** Opens the focused item's twin (in the list if it is loaded, else on its own). */
    public void openTwin() {
        Long twin = editor.twinProperty().get();
        if (twin != null && !list.selectItem(twin)) {
            editor.load(twin, list.languageProperty().get());
        }
    }

    /** Replaces the focused field's text with a suggestion of {@code origin} (a TM match, a machine draft). */
    public void take(String text, Origin origin) {
        FieldViewModel field = editor.focusedField();
        if (field != null) {
            field.targetProperty().set(text);
            field.noteInserted(text, origin);
        }
    }

    /**
     * Applies a finding's safe fix to its field and saves it, keeping the field's status (a fix does not make a
     * translated field a draft again); returns false when the finding has no fix or its field is not shown.
     */
    public boolean fix(QaFinding finding) {
        if (finding == null || finding.autoFix().isEmpty()) {
            return false;
        }
        for (FieldViewModel field : editor.fields()) {
            if (field.name().equals(finding.field())) {
                field.targetProperty().set(finding.autoFix().get());
                TranslationStatus status = field.savedStatus() == TranslationStatus.NEW ? TranslationStatus.DRAFT
                        : field.savedStatus();
                editor.save(field, status, Origin.HUMAN, "QA fix: " + finding.checkId());
                return true;
            }
        }
        return false;
    }

    public MemoryViewModel memory() {
        return memory;
    }

    public DraftsViewModel drafts() {
        return drafts;
    }

    public GlossaryViewModel glossary() {
        return glossary;
    }

    public QaViewModel qa() {
        return qa;
    }

    public ItemListViewModel list() {
        return list;
    }

    public ItemEditorViewModel editor() {
        return editor;
    }

    public Verification verification() {
        return verification;
    }

    public HistoryViewModel history() {
        return history;
    }

    public SearchReplaceViewModel replace() {
        return replace;
    }
}
