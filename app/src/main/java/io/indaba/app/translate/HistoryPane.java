package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.markdown.ComplexText;
import io.indaba.app.theme.Styles;
import io.indaba.core.translate.Revision;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The revisions of the focused field, newest first: who, when, origin and status, and each revision's text as a word
 * diff against the field's current text (struck through: gone since; marked: added since).
 */
public final class HistoryPane extends ScrollPane {

    private final VBox list = new VBox();

    public HistoryPane(HistoryViewModel model, Supplier<String> font) {
        setId("editor-history");
        getStylesheets().add(EditorStyles.STYLESHEET); // its own colours wherever it is shown (the audit view too)
        setFitToWidth(true);
        list.getStyleClass().add(EditorStyles.SIDE);
        setContent(list);
        model.entries().addListener((ListChangeListener<HistoryViewModel.Entry>) c -> {
            list.getChildren().clear();
            if (model.entries().isEmpty()) {
                list.getChildren().add(muted(Messages.get("translate.history.none")));
            }
            for (HistoryViewModel.Entry entry : model.entries()) {
                Revision r = entry.revision();
                Label who = muted(Messages.format("translate.history.entry", r.author(), HistoryViewModel.shownTime(r.createdAt(), ZoneId.systemDefault()),
                        r.origin().code(), StatusLabels.of(r.status())));
                DiffText text = new DiffText(entry.diff(), font.get());
                VBox card = new VBox(2, who, text);
                if (r.note() != null && !r.note().isBlank()) {
                    Node note = ComplexText.wrapped(r.note(), null);
                    note.getStyleClass().add(Styles.MUTED);
                    card.getChildren().add(note);
                }
                card.getStyleClass().add(Styles.CARD);
                list.getChildren().add(card);
            }
        });
        list.getChildren().add(muted(Messages.get("translate.history.none")));
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }
}
