package io.indaba.app.prefer;

import io.indaba.core.prefer.QueueEntry;
import io.indaba.plugin.Drafter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One task's prompt and responses, side by side or stacked when the view is narrow. */
final class TaskView extends VBox {

    private static final double NARROW = 900;
    private static final PseudoClass RANK_SELECTED = PseudoClass.getPseudoClass("selected");

    private final QueueEntry entry;
    private final ComparisonViewModel model;
    private final List<ResponseCard> cards = new ArrayList<>();
    private final StackPane responses = new StackPane();
    private Boolean stacked;

    /** The task's view at {@code width}; {@code backTranslator} (or null: no button) offers the back-translation aid. */
    TaskView(QueueEntry entry, ComparisonViewModel model, Drafter backTranslator, double width) {
        super(10);
        this.entry = entry;
        this.model = model;
        PromptPane prompt = new PromptPane();
        prompt.show(entry.item(), entry.lang());
        int count = entry.displayed().size();
        for (int i = 0; i < count; i++) {
            int position = i;
            ResponseCard[] self = new ResponseCard[1];
            Runnable back = backTranslator == null ? null : () -> model.backTranslate(position,
                    BackTranslators.GLOSS_LANGUAGE, backTranslator, text -> self[0].showAid(text),
                    text -> self[0].showAid(text));
            ResponseCard card = new ResponseCard(i, count, entry.displayed().get(i),
                    text -> model.edit(position, text), back);
            self[0] = card;
            if (count > 2) {
                card.rankBox().valueProperty().addListener((o, was, now) -> {
                    if (now == null) {
                        model.ranks().remove(position);
                    } else if (!now.equals(model.ranks().get(position))) {
                        model.ranks().put(position, now);
                    }
                });
            }
            cards.add(card);
        }
        arrange(width);
        getChildren().addAll(prompt, responses);
    }

    /** The task shown. */
    QueueEntry entry() {
        return entry;
    }

    /** Shows the model's ranks in the rank boxes and marks the response the ranking keys act on. */
    void showRanks() {
        for (int i = 0; i < cards.size(); i++) {
            ResponseCard card = cards.get(i);
            Integer rank = model.ranks().get(i);
            if (!Objects.equals(rank, card.rankBox().getValue())) {
                card.rankBox().setValue(rank);
            }
            card.pseudoClassStateChanged(RANK_SELECTED, i == model.rankSelectedProperty().get());
        }
    }

    /** Stacks the responses below {@link #NARROW} pixels of view width, else lays them side by side. */
    void arrange(double width) {
        boolean narrow = width > 0 && width < NARROW;
        if (stacked != null && stacked == narrow) {
            return;
        }
        stacked = narrow;
        Pane pane = narrow ? new VBox(10) : new HBox(10);
        pane.getChildren().setAll(cards);
        responses.getChildren().setAll(pane);
    }
}
