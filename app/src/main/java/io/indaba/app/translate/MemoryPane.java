package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.markdown.ComplexText;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.theme.Styles;
import io.indaba.core.translate.TmMatch;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The memory matches of the focused field: shortcut, percentage and origin, the match's source as a word diff
 * against the field's source, and its translation; clicking a match (or its shortcut) takes it.
 */
final class MemoryPane extends VBox {

    private final MemoryViewModel model;
    private final Supplier<String> font;
    private final IntConsumer take;
    private final Label state = new Label();

    MemoryPane(MemoryViewModel model, Supplier<String> font, IntConsumer take) {
        super(6);
        this.model = model;
        this.font = font;
        this.take = take;
        setId("editor-memory");
        Label heading = new Label(Messages.get("translate.memory.heading"));
        heading.getStyleClass().add(EditorStyles.SECTION);
        state.setId("editor-memory-state");
        state.getStyleClass().add(Styles.MUTED);
        state.setWrapText(true);
        state.managedProperty().bind(state.visibleProperty());
        getChildren().addAll(heading, state);
        model.matches().addListener((ListChangeListener<TmMatch>) c -> show());
        model.stateProperty().addListener((o, was, now) -> showState());
        show();
    }

    private void showState() {
        MemoryViewModel.State now = model.stateProperty().get();
        state.setText(now == MemoryViewModel.State.BUILDING ? Messages.get("translate.memory.building")
                : Messages.get("translate.memory.none"));
        state.setVisible(now != MemoryViewModel.State.READY);
    }

    private void show() {
        getChildren().remove(2, getChildren().size());
        for (int i = 0; i < model.matches().size(); i++) {
            getChildren().add(card(i, model.matches().get(i)));
        }
        showState();
    }

    private VBox card(int index, TmMatch match) {
        String key = index < KeyMap.MATCHES.size() ? KeyMap.MATCHES.get(index).combination().getDisplayText() : "";
        Label head = new Label(Messages.format("translate.memory.match", key, match.percentage(), match.origin()));
        head.getStyleClass().add(EditorStyles.SUGGESTION_HEAD);
        javafx.scene.Node target = ComplexText.wrapped(match.target(), font.get());
        VBox card = new VBox(3, head, new DiffText(match.diff(), null), target);
        card.getStyleClass().addAll(Styles.CARD, EditorStyles.SUGGESTION);
        card.setAccessibleText(Messages.format("translate.memory.accessible", match.percentage(), match.target()));
        card.setOnMouseClicked(e -> take.accept(index));
        return card;
    }
}
