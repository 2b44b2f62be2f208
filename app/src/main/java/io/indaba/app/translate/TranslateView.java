package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.theme.AppFonts;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.qa.QaFinding;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The translation editor: progress per language on top, the item list on the left, the item in the centre, the
 * side panes on the right, search and replace along the bottom. Every shortcut comes from {@link KeyMap}.
 */
public final class TranslateView extends BorderPane {

    private final TranslateViewModel model;
    private final ItemListView list;
    private final ItemEditorView item;
    private final SearchReplaceBar replace;
    private final TabPane side = new TabPane();
    private final GlossaryPane glossary;
    private final Tab qa;

    public TranslateView(TranslateViewModel model) {
        this.model = model;
        setId("translate");
        getStylesheets().add(EditorStyles.STYLESHEET);
        list = new ItemListView(model.list());
        item = new ItemEditorView(model);
        replace = new SearchReplaceBar(model.replace());
        replace.setVisible(false);
        replace.managedProperty().bind(replace.visibleProperty());

        side.setId("editor-side");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox suggestions = new VBox(10, new MemoryPane(model.memory(), this::targetFont, model::takeMatch),
                new DraftsPane(model.drafts(), this::targetFont, model::takeDraft));
        suggestions.getStyleClass().add(EditorStyles.SIDE);
        ScrollPane scrollSuggestions = new ScrollPane(suggestions);
        scrollSuggestions.setFitToWidth(true);
        Tab matches = new Tab(Messages.get("translate.tab.matches"), scrollSuggestions);
        matches.setId("tab-matches");
        glossary = new GlossaryPane(model.glossary(), this::targetFont, item::selectedSource, item::insertAtCaret);
        item.setOnSourceSelected(glossary.source::setText);
        Tab terms = new Tab(Messages.get("translate.tab.glossary"), glossary);
        terms.setId("tab-glossary");
        qa = new Tab(Messages.get("translate.tab.qa"), new QaPane(model.qa(), this::fix));
        qa.setId("tab-qa");
        Tab history = new Tab(Messages.get("translate.tab.history"), new HistoryPane(model.history(), this::targetFont));
        history.setId("tab-history");
        side.getTabs().addAll(matches, terms, qa, history);
        side.setMinWidth(240);

        SplitPane split = new SplitPane(list, item, side);
        split.setDividerPositions(0.21, 0.76);
        SplitPane.setResizableWithParent(list, false);
        SplitPane.setResizableWithParent(side, false);
        setTop(new LanguageProgressBar(model.list()));
        setCenter(split);
        setBottom(replace);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private String targetFont() {
        String lang = model.list().languageProperty().get();
        return lang == null ? null : AppFonts.familyFor(LanguageTags.nativeName(lang));
    }

    private void fix(QaFinding finding) {
        model.fix(finding);
    }

    private void onKey(KeyEvent e) {
        KeyMap hit = null;
        for (KeyMap key : KeyMap.values()) {
            if (key.scope() == KeyMap.Scope.TRANSLATE && key.combination().match(e)) {
                hit = key;
                break;
            }
        }
        if (hit != null && run(hit)) {
            e.consume();
        }
    }

    private boolean run(KeyMap key) {
        ItemEditorViewModel editor = model.editor();
        TextArea area = item.focusedArea();
        int palette = KeyMap.PALETTE.indexOf(key);
        if (palette >= 0) {
            return item.palette.press(palette);
        }
        int status = KeyMap.STATUSES.indexOf(key);
        if (status >= 0) {
            return editor.setFocusedStatus(io.indaba.core.translate.TranslationStatus.values()[status]);
        }
        int match = KeyMap.MATCHES.indexOf(key);
        if (match >= 0) {
            return model.takeMatch(match);
        }
        int term = KeyMap.TERMS.indexOf(key);
        if (term >= 0) {
            String target = model.glossary().target(term);
            if (target == null || area == null) {
                return false;
            }
            item.insertAtCaret(target);
            return true;
        }
        switch (key) {
            case TRANSLATE_CONFIRM -> editor.confirm();
            case TRANSLATE_DRAFT -> {
                return model.takeDraft(null);
            }
            case TRANSLATE_NEXT_ITEM -> {
                editor.leaveFocused();
                model.list().selectNext();
            }
            case TRANSLATE_PREVIOUS_ITEM -> {
                editor.leaveFocused();
                model.list().selectPrevious();
            }
            case TRANSLATE_NEXT_FIELD, TRANSLATE_PREVIOUS_FIELD, TRANSLATE_INSERT_TAB -> {
                // only inside a target field: elsewhere Tab keeps moving focus as usual
                if (area == null || !area.isFocused()) {
                    return false;
                }
                if (key == KeyMap.TRANSLATE_INSERT_TAB) {
                    area.replaceSelection("\t");
                } else if (key == KeyMap.TRANSLATE_NEXT_FIELD) {
                    editor.focusNext();
                } else {
                    editor.focusPrevious();
                }
            }
            case TRANSLATE_COPY_SOURCE -> {
                if (area != null) {
                    area.replaceText(0, area.getLength(), editor.focusedField().source());
                }
            }
            case TRANSLATE_NEXT_FINDING -> {
                QaFinding f = model.qa().next();
                if (f != null) {
                    side.getSelectionModel().select(qa);
                    int start = f.ranges().isEmpty() ? 0 : f.ranges().get(0).start();
                    int end = f.ranges().isEmpty() ? 0 : f.ranges().get(0).end();
                    item.select(f.field(), start, end);
                }
            }
            case TRANSLATE_FIX_FINDING -> {
                QaFinding f = model.qa().currentFinding();
                return model.fix(f != null ? f : model.qa().findings().stream()
                        .filter(x -> x.autoFix().isPresent()).findFirst().orElse(null));
            }
            case TRANSLATE_UNDO -> {
                if (area == null) {
                    return false;
                }
                area.undo();
            }
            case TRANSLATE_REDO -> {
                if (area == null) {
                    return false;
                }
                area.redo();
            }
            case TRANSLATE_REVERT -> editor.revertItem();
            case TRANSLATE_TWIN -> model.openTwin();
            case TRANSLATE_SEARCH -> list.search.requestFocus();
            case TRANSLATE_REPLACE -> {
                replace.setVisible(!replace.isVisible());
                if (replace.isVisible()) {
                    replace.find.requestFocus();
                }
            }
            case TRANSLATE_VERIFY_MODE -> editor.verifyingProperty().set(!editor.verifyingProperty().get());
            case TRANSLATE_PERFECT -> model.verification().perfect(false);
            case TRANSLATE_NEEDS_CORRECTION -> model.verification().needsCorrection(item.correctionNote.getText());
            default -> {
                return false;
            }
        }
        return true;
    }
}
