package io.indaba.app.translate;

import io.indaba.app.project.ProjectSession;
import io.indaba.core.qa.QaFinding;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;

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

    public TranslateViewModel(ProjectSession session, String author) {
        list = new ItemListViewModel(session);
        editor = new ItemEditorViewModel(session, author);
        verification = new Verification(editor);
        history = new HistoryViewModel(session);
        replace = new SearchReplaceViewModel(session, author);
        qa = new QaViewModel(session);
        editor.itemProperty().addListener((o, was, now) -> {
            if (now != null) {
                qa.check(now, editor.lang());
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
        editor.focusedProperty().addListener((o, was, now) -> history.show(editor.focusedField()));
        editor.setOnSaved(itemId -> {
            list.refresh(itemId);
            if (editor.itemProperty().get() != null && editor.itemProperty().get().id() == itemId) {
                qa.check(editor.itemProperty().get(), editor.lang());
            }
            history.show(editor.focusedField());
        });
        editor.setOnItemDone(() -> {
            if (editor.verifyingProperty().get()) {
                list.selectNext();
            } else {
                list.selectNextUnfinished();
            }
        });
        replace.setOnApplied(() -> {
            list.reload();
            list.refreshProgress();
        });
        session.revisionProperty().addListener((o, was, now) -> list.reload());
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
