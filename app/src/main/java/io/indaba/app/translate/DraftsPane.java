package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.markdown.ComplexText;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.theme.Styles;
import io.indaba.plugin.Draft;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The machine drafts of the focused field with where each came from; clicking one (or Ctrl+M: the first) takes it. */
final class DraftsPane extends VBox {

    DraftsPane(DraftsViewModel model, Supplier<String> font, Consumer<Draft> take) {
        super(6);
        setId("editor-drafts");
        Label heading = new Label(Messages.get("translate.drafts.heading"));
        heading.getStyleClass().add(EditorStyles.SECTION);
        Label none = new Label(Messages.get("translate.drafts.none"));
        none.getStyleClass().add(Styles.MUTED);
        none.visibleProperty().bind(model.noneProperty());
        none.managedProperty().bind(none.visibleProperty());
        getChildren().addAll(heading, none);
        model.drafts().addListener((ListChangeListener<Draft>) c -> {
            getChildren().remove(2, getChildren().size());
            for (int i = 0; i < model.drafts().size(); i++) {
                Draft draft = model.drafts().get(i);
                String key = i == 0 ? KeyMap.TRANSLATE_DRAFT.combination().getDisplayText() + " · " : "";
                Label head = new Label(key + draft.label());
                head.getStyleClass().add(EditorStyles.SUGGESTION_HEAD);
                javafx.scene.Node text = ComplexText.wrapped(draft.text(), font.get());
                VBox card = new VBox(3, head, text);
                card.getStyleClass().addAll(Styles.CARD, EditorStyles.SUGGESTION);
                card.setAccessibleText(Messages.format("translate.drafts.accessible", draft.label(), draft.text()));
                card.setOnMouseClicked(e -> take.accept(draft));
                getChildren().add(card);
            }
        });
    }
}
