package io.indaba.app.prefer;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.JudgingSettings;
import io.indaba.core.prefer.QueueEntry;
import io.indaba.plugin.Drafter;
import java.util.List;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The comparison view: the annotator picker on top ({@link AnnotatorBar}), then the task ({@link TaskDeck}, which
 * builds the next one ahead) and the decision controls ({@link DecisionBar}); keys in {@link ComparisonKeys}.
 * Everything it shows comes from one {@link ComparisonViewModel} per annotator.
 */
public final class ComparisonView extends BorderPane {

    private final ProjectAccess access;
    private final AnnotatorBar annotators = new AnnotatorBar(this::start);
    private final VBox body = new VBox(10);
    private final TaskDeck deck;
    private final EventHandler<KeyEvent> keys;
    private ComparisonViewModel model;
    /** The decision controls, built once per annotator and cleared by the model between tasks. */
    private DecisionBar bar;

    /**
     * A view over {@code access}; {@code drafters} (handed in by the wiring, see {@code DrafterSource}) offer the
     * back-translation aid on responses in languages one of them supports.
     */
    public ComparisonView(ProjectAccess access, Supplier<List<Drafter>> drafters) {
        this.access = access;
        this.deck = new TaskDeck(this, new BackTranslators(drafters));
        this.keys = new ComparisonKeys(() -> model, () -> isVisible() && getScene() != null && isAttached());
        getStyleClass().add(Styles.PAGE);
        setId("compare-view");
        setPadding(new Insets(12));
        setTop(annotators);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        BorderPane.setMargin(scroll, new Insets(10, 0, 0, 0));
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        // Narrow windows stack the responses instead of squeezing them side by side.
        widthProperty().addListener((o, was, now) -> deck.arrange(now.doubleValue()));
        loadAnnotators(null);
    }

    private void loadAnnotators(String select) {
        access.run(Messages.get("compare.task.loading"), p -> p.annotators().all(), all -> {
            annotators.show(all, select);
            if (all.isEmpty()) {
                body.getChildren().setAll(new NewAnnotatorForm(access, this::loadAnnotators));
            }
        }, e -> annotators.fail(e.getMessage()));
    }

    private void start(Annotator annotator) {
        if (annotator == null) {
            return;
        }
        model = new ComparisonViewModel(access, annotator, System::currentTimeMillis);
        annotators.follow(model);
        ComparisonViewModel starting = model;
        deck.reset(model);
        bar = null;
        body.getChildren().clear();
        access.run(Messages.get("compare.task.loading"), p -> JudgingSettings.load(p.database()), settings -> {
            if (starting != model) {
                return;
            }
            starting.start(settings.aspects(), settings.rationaleRequired());
            bar = new DecisionBar(starting, deck::showRanks);
            starting.currentProperty().addListener((o, was, now) -> {
                if (starting == model) {
                    show(now);
                }
            });
            // the next task is built once this frame is out, while the annotator reads the current one
            starting.upcomingProperty().addListener((o, was, now) -> deck.prepareNextAfterFrame());
            show(starting.currentProperty().get());
        }, e -> annotators.fail(e.getMessage()));
    }

    /** Shows a task with the decision controls it needs, or nothing when there is none. */
    private void show(QueueEntry entry) {
        if (entry == null || bar == null) {
            body.getChildren().clear();
            deck.clear();
            return;
        }
        bar.showFor(entry.displayed().size());
        if (body.getChildren().isEmpty()) {
            body.getChildren().addAll(deck, bar);
        }
        deck.show(entry);
    }

    private boolean isAttached() {
        Scene scene = getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing() && getParent() != null;
    }

    /** The task built ahead of time, or null (tests check the prefetch). */
    QueueEntry readyEntry() {
        return deck.readyEntry();
    }

    /** The view model of the current annotator (tests drive it). */
    ComparisonViewModel model() {
        return model;
    }
}
