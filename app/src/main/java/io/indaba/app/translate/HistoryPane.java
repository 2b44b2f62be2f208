package io.indaba.app.translate;

import io.indaba.app.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.translate.Revision;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The revisions of the focused field, newest first: who, when, origin and status, and the text of each. */
final class HistoryPane extends ScrollPane {

    private final VBox list = new VBox();

    HistoryPane(HistoryViewModel model, Supplier<String> font) {
        setId("editor-history");
        setFitToWidth(true);
        list.getStyleClass().add(EditorStyles.SIDE);
        setContent(list);
        model.revisions().addListener((ListChangeListener<Revision>) c -> {
            list.getChildren().clear();
            if (model.revisions().isEmpty()) {
                list.getChildren().add(muted(Messages.get("translate.history.none")));
            }
            for (Revision r : model.revisions()) {
                Label who = muted(Messages.format("translate.history.entry", r.author(), r.createdAt().replace('T', ' '),
                        r.origin().code(), StatusLabels.of(r.status())));
                Label text = new Label(r.text());
                text.setWrapText(true);
                String family = font.get();
                if (family != null) {
                    text.setStyle("-fx-font-family: '" + family + "';");
                }
                VBox card = new VBox(2, who, text);
                if (r.note() != null && !r.note().isBlank()) {
                    card.getChildren().add(muted(r.note()));
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
