package io.indaba.app.prefer;

import io.indaba.app.common.Messages;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.team.ProfileDialog;
import io.indaba.app.team.ProfileForm;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Decision;
import io.indaba.core.prefer.QueueEntry;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The comparison view: prompt on top, responses side by side (stacked when narrow), the decision bar below.
 * Shortcuts use key codes, not typed characters, so they work on Amharic, Arabic or Hindi layouts, and they never
 * fire while a text field has focus (which is also where an input method composes).
 */
public final class ComparisonView extends BorderPane {

    private static final double NARROW = 900;
    private static final javafx.css.PseudoClass RANK_SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    private final ProjectAccess access;
    private final ComboBox<Annotator> annotators = new ComboBox<>();
    private final Label message = new Label();
    private final Label submitted = new Label();
    private final VBox body = new VBox(10);
    private ComparisonViewModel model;
    private final EventHandler<KeyEvent> keys = this::onKey;
    /** The task on screen, and the next one, built ahead and laid out unseen so that submitting only swaps it in. */
    private TaskView shown;
    private TaskView ready;
    private final Pane deck = new Pane() {
        // as tall as the task on screen; the one waiting behind it is laid out at the same width but not shown
        @Override
        protected double computePrefHeight(double width) {
            return shown == null ? 0 : shown.prefHeight(width);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }

        @Override
        protected void layoutChildren() {
            for (javafx.scene.Node n : getManagedChildren()) {
                n.resizeRelocate(0, 0, getWidth(), n.prefHeight(getWidth()));
            }
        }
    };
    /** The decision controls, built once per annotator and cleared by the model between tasks. */
    private VBox bar;
    private final VBox pairwisePart = new VBox(8);
    private final VBox rankingPart = new VBox(8);

    public ComparisonView(ProjectAccess access) {
        this.access = access;
        getStyleClass().add(Styles.PAGE);
        setId("compare-view");
        setPadding(new Insets(12));
        annotators.setId("compare-annotator");
        message.setId("compare-message");
        submitted.setId("compare-submitted");
        annotators.setAccessibleText(Messages.get("compare.annotator.accessible"));
        annotators.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Annotator a) {
                return a == null ? "" : a.id() + "  (" + String.join(", ", a.languages().keySet()) + ")";
            }

            @Override
            public Annotator fromString(String s) {
                return null;
            }
        });
        annotators.valueProperty().addListener((o, was, now) -> start(now));
        message.getStyleClass().add(Styles.MUTED);
        HBox top = new HBox(10, new Label(Messages.get("compare.judgingAs")), annotators, submitted, message);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);
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
        widthProperty().addListener((o, was, now) -> {
            for (TaskView task : new TaskView[] {shown, ready}) {
                if (task != null) {
                    task.arrange(now.doubleValue());
                }
            }
        });
        loadAnnotators(null);
    }

    /** One task's prompt and responses. */
    private final class TaskView extends VBox {
        final QueueEntry entry;
        private final List<ResponseCard> cards = new ArrayList<>();
        private final javafx.scene.layout.StackPane responses = new javafx.scene.layout.StackPane();
        private Boolean stacked;

        TaskView(QueueEntry entry) {
            super(10);
            this.entry = entry;
            PromptPane prompt = new PromptPane();
            prompt.show(entry.item(), entry.lang());
            int count = entry.displayed().size();
            io.indaba.plugin.Drafter drafter = backTranslator(entry.lang());
            for (int i = 0; i < count; i++) {
                int position = i;
                ResponseCard[] self = new ResponseCard[1];
                Runnable back = drafter == null ? null : () -> model.backTranslate(position, glossLanguage(), drafter,
                        text -> self[0].showAid(text), text -> self[0].showAid(text));
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
            arrange(ComparisonView.this.getWidth());
            getChildren().addAll(prompt, responses);
        }

        /** Shows the model's ranks in the rank boxes and marks the response the ranking keys act on. */
        void showRanks() {
            for (int i = 0; i < cards.size(); i++) {
                ResponseCard card = cards.get(i);
                Integer rank = model.ranks().get(i);
                if (!java.util.Objects.equals(rank, card.rankBox().getValue())) {
                    card.rankBox().setValue(rank);
                }
                card.pseudoClassStateChanged(RANK_SELECTED, i == model.rankSelectedProperty().get());
            }
        }

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

    private void loadAnnotators(String select) {
        access.run(Messages.get("compare.task.loading"), p -> p.annotators().all(), all -> {
            annotators.getItems().setAll(all);
            if (all.isEmpty()) {
                body.getChildren().setAll(newAnnotatorForm());
                return;
            }
            Annotator pick = all.stream().filter(a -> a.id().equals(select)).findFirst().orElse(all.get(0));
            annotators.setValue(pick);
        }, e -> message.setText(e.getMessage()));
    }

    /** With no profile yet, the annotator creates theirs in the team's profile editor (languages with proficiency). */
    private VBox newAnnotatorForm() {
        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        Button create = new Button(Messages.get("compare.newAnnotator.create"));
        create.setId("compare-new-profile");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> ProfileDialog.ask(getScene(), new ProfileForm()).ifPresent(a ->
                access.run(Messages.get("compare.newAnnotator.create"), p -> {
                    p.annotators().save(a, a.id());
                    return a.id();
                }, this::loadAnnotators, ex -> error.setText(Messages.format("compare.newAnnotator.bad", ex.getMessage())))));
        VBox form = new VBox(8, new Label(Messages.get("compare.noAnnotators")), create, error);
        form.setMaxWidth(520);
        return form;
    }

    private void start(Annotator annotator) {
        if (annotator == null) {
            return;
        }
        model = new ComparisonViewModel(access, annotator, System::currentTimeMillis);
        message.textProperty().bind(model.messageProperty());
        submitted.textProperty().bind(model.submittedProperty().asString().map(n -> Messages.format("compare.submitted", n)));
        ComparisonViewModel starting = model;
        shown = null;
        ready = null;
        bar = null;
        body.getChildren().clear();
        access.run(Messages.get("compare.task.loading"),
                p -> io.indaba.core.prefer.JudgingSettings.load(p.database()), settings -> {
                    if (starting != model) {
                        return;
                    }
                    starting.start(settings.aspects(), settings.rationaleRequired());
                    bar = decisionBar();
                    starting.currentProperty().addListener((o, was, now) -> {
                        if (starting == model) {
                            show(now);
                        }
                    });
                    // the next task is built once this frame is out, while the annotator reads the current one
                    starting.upcomingProperty().addListener((o, was, now) -> prepareNextAfterFrame());
                    show(starting.currentProperty().get());
                }, e -> message.setText(e.getMessage()));
    }

    /** Shows a task: the one built ahead when it is that task, else built now; the previous task's nodes go. */
    private void show(QueueEntry entry) {
        if (entry == null || bar == null) {
            body.getChildren().clear();
            deck.getChildren().clear();
            shown = null;
            ready = null;
            return;
        }
        TaskView task = ready != null && ready.entry == entry ? ready : new TaskView(entry);
        ready = null;
        task.setVisible(true);
        task.setMouseTransparent(false);
        shown = task;
        deck.getChildren().setAll(task);
        int count = entry.displayed().size();
        pairwisePart.setVisible(count == 2);
        pairwisePart.setManaged(count == 2);
        rankingPart.setVisible(count != 2);
        rankingPart.setManaged(count != 2);
        if (body.getChildren().isEmpty()) {
            body.getChildren().addAll(deck, bar);
        }
        prepareNextAfterFrame();
    }

    private boolean preparing;

    private void showRanksOfShown() {
        if (shown != null) {
            shown.showRanks();
        }
    }

    /**
     * Builds the upcoming task once the frame showing the current one is out: building it before that frame would
     * delay the very swap it is meant to speed up.
     */
    private void prepareNextAfterFrame() {
        Scene scene = getScene();
        if (preparing) {
            return;
        }
        preparing = true;
        if (scene == null) {
            Platform.runLater(this::prepareNextNow);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(this::prepareNextNow);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void prepareNextNow() {
        preparing = false;
        prepareNext();
    }

    /** Builds the upcoming task behind the current one, where it gets its styles and layout before it is needed. */
    private void prepareNext() {
        QueueEntry next = model == null ? null : model.upcomingProperty().get();
        if (shown == null || next == null || next == shown.entry || (ready != null && ready.entry == next)) {
            return;
        }
        if (ready != null) {
            deck.getChildren().remove(ready);
        }
        ready = new TaskView(next);
        ready.setVisible(false);
        ready.setMouseTransparent(true);
        deck.getChildren().add(0, ready);
    }

    /** The decision controls for this annotator's tasks: pairwise and ranking parts, shown as each task needs. */
    private VBox decisionBar() {
        VBox bar = new VBox(8);
        bar.getStyleClass().add(Styles.CARD);
        bar.setPadding(new Insets(8));
        pairwisePart.getChildren().clear();
        rankingPart.getChildren().clear();
        ToggleGroup sides = new ToggleGroup();
        HBox choices = new HBox(8,
                sideButton("compare.leftBetter", Decision.Side.LEFT, sides),
                sideButton("compare.tie", Decision.Side.TIE, sides),
                sideButton("compare.bothBad", Decision.Side.BOTH_BAD, sides),
                sideButton("compare.rightBetter", Decision.Side.RIGHT, sides));
        ToggleGroup strengths = new ToggleGroup();
        HBox strength = new HBox(6, new Label(Messages.get("compare.strength")),
                strengthButton("compare.strength.1", 1, strengths),
                strengthButton("compare.strength.2", 2, strengths),
                strengthButton("compare.strength.3", 3, strengths));
        strength.setAlignment(Pos.CENTER_LEFT);
        strength.disableProperty().bind(model.sideProperty().isEqualTo(Decision.Side.TIE)
                .or(model.sideProperty().isEqualTo(Decision.Side.BOTH_BAD)));
        pairwisePart.getChildren().addAll(choices, strength);
        CheckBox none = new CheckBox(Messages.get("compare.noneAcceptable"));
        none.selectedProperty().bindBidirectional(model.noneAcceptableProperty());
        Label rankKeys = new Label(Messages.get("compare.rankKeys"));
        rankKeys.getStyleClass().add(Styles.MUTED);
        rankKeys.setWrapText(true);
        rankingPart.getChildren().addAll(none, rankKeys);
        // keys change the ranks in the model; the boxes and the marked card on screen follow
        model.ranks().addListener((javafx.collections.MapChangeListener<Integer, Integer>) c -> showRanksOfShown());
        model.rankSelectedProperty().addListener((o, was, now) -> showRanksOfShown());
        bar.getChildren().addAll(pairwisePart, rankingPart);
        FlowPane ratings = new FlowPane(12, 6);
        ratings.getChildren().add(new Label(Messages.get("compare.aspects")));
        for (String aspect : model.aspects()) {
            ToggleGroup g = new ToggleGroup();
            HBox scale = new HBox(2, new Label(aspect));
            for (int v = 1; v <= 5; v++) {
                ToggleButton b = new ToggleButton(Integer.toString(v));
                b.setToggleGroup(g);
                b.setAccessibleText(aspect + " " + v);
                b.setFocusTraversable(false);
                int value = v;
                b.setOnAction(e -> {
                    if (b.isSelected()) {
                        model.ratings().put(aspect, value);
                    } else {
                        model.ratings().remove(aspect);
                    }
                });
                scale.getChildren().add(b);
            }
            ratings.getChildren().add(scale);
            // the model clears its ratings between tasks; the buttons follow
            model.ratings().addListener((javafx.collections.MapChangeListener<String, Integer>) c -> {
                if (c.getKey().equals(aspect)) {
                    Integer value = model.ratings().get(aspect);
                    g.selectToggle(value == null ? null : (ToggleButton) scale.getChildren().get(value));
                }
            });
        }
        FlowPane flags = new FlowPane(12, 6);
        flags.getChildren().add(new Label(Messages.get("compare.flags")));
        for (String flag : ComparisonViewModel.FLAGS) {
            CheckBox box = new CheckBox(flagName(flag));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.flags().add(flag);
                } else {
                    model.flags().remove(flag);
                }
            });
            model.flags().addListener((javafx.collections.SetChangeListener<String>) c -> box.setSelected(
                    model.flags().contains(flag)));
            flags.getChildren().add(box);
        }
        TextField rationale = new TextField();
        rationale.setPromptText(Messages.get(model.rationaleRequiredProperty().get()
                ? "compare.rationale.promptRequired" : "compare.rationale.prompt"));
        rationale.setAccessibleText(Messages.get("compare.rationale"));
        io.indaba.app.markdown.ComplexText.follow(rationale);
        rationale.textProperty().bindBidirectional(model.rationaleProperty());
        Button submit = new Button(Messages.get("compare.submit"));
        submit.setId("compare-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> model.submit());
        Button skip = new Button(Messages.get("compare.skip"));
        skip.setOnAction(e -> model.skip());
        HBox actions = new HBox(8, submit, skip);
        bar.getChildren().addAll(ratings, flags, rationale, actions);
        return bar;
    }

    private ToggleButton sideButton(String key, Decision.Side side, ToggleGroup group) {
        ToggleButton b = new ToggleButton(Messages.get(key));
        b.setToggleGroup(group);
        b.setUserData(side);
        b.setFocusTraversable(false);
        b.setOnAction(e -> model.sideProperty().set(b.isSelected() ? side : null));
        model.sideProperty().addListener((o, was, now) -> b.setSelected(now == side));
        return b;
    }

    private ToggleButton strengthButton(String key, int value, ToggleGroup group) {
        ToggleButton b = new ToggleButton(Messages.get(key));
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setSelected(model.strengthProperty().get() == value);
        b.setOnAction(e -> model.strengthProperty().set(value));
        model.strengthProperty().addListener((o, was, now) -> b.setSelected(now.intValue() == value));
        return b;
    }

    /** The language back-translations go into: English, the language benchmarks and guidelines share. */
    private static String glossLanguage() {
        return "en";
    }

    /** A drafter that can back-translate from {@code lang}, or null: then no button is shown. */
    private static io.indaba.plugin.Drafter backTranslator(String lang) {
        for (io.indaba.plugin.Drafter d : BACK_TRANSLATORS) {
            try {
                if (d.supports(lang, glossLanguage())) {
                    return d;
                }
            } catch (RuntimeException e) {
                // A plugin that throws is skipped, never fatal.
            }
        }
        return null;
    }

    private static final List<io.indaba.plugin.Drafter> BACK_TRANSLATORS = loadDrafters();

    private static List<io.indaba.plugin.Drafter> loadDrafters() {
        List<io.indaba.plugin.Drafter> out = new ArrayList<>();
        try {
            java.util.ServiceLoader.load(io.indaba.plugin.Drafter.class).forEach(out::add);
        } catch (java.util.ServiceConfigurationError e) {
            // A broken plugin jar leaves the aid unavailable rather than the view.
        }
        return out;
    }

    private static String flagName(String flag) {
        return switch (flag) {
            case "wrong-language" -> Messages.get("compare.flag.wrongLanguage");
            case "unsafe" -> Messages.get("compare.flag.unsafe");
            case "truncated" -> Messages.get("compare.flag.truncated");
            case "refusal" -> Messages.get("compare.flag.refusal");
            default -> flag;
        };
    }

    private void onKey(KeyEvent e) {
        if (model == null || !isVisible() || getScene() == null || !isAttached()) {
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (KeyMap.COMPARE_SUBMIT.combination().match(e)) {
            model.submit();
            e.consume();
            return;
        }
        if (typing) {
            return;
        }
        QueueEntry task = model.currentProperty().get();
        if (task != null && task.displayed().size() > 2) {
            if (rankKey(e)) {
                e.consume();
            } else if (KeyMap.COMPARE_SKIP.combination().match(e)) {
                model.skip();
                e.consume();
            }
            return;
        }
        Decision.Side side = null;
        if (KeyMap.COMPARE_LEFT.combination().match(e)) {
            side = Decision.Side.LEFT;
        } else if (KeyMap.COMPARE_RIGHT.combination().match(e)) {
            side = Decision.Side.RIGHT;
        } else if (KeyMap.COMPARE_BOTH_BAD.combination().match(e)) {
            side = Decision.Side.BOTH_BAD;
        } else if (KeyMap.COMPARE_TIE.combination().match(e)) {
            side = Decision.Side.TIE;
        }
        if (side != null) {
            model.sideProperty().set(side);
            e.consume();
            return;
        }
        int strength = strengthKey(e);
        if (strength > 0) {
            if (model.sideProperty().get() == null || model.decisive()) { // a tie takes no strength
                model.strengthProperty().set(strength);
            }
            e.consume();
        } else if (KeyMap.COMPARE_SKIP.combination().match(e)) {
            model.skip();
            e.consume();
        }
    }

    /** Runs a ranking key; false when {@code e} is none. */
    private boolean rankKey(KeyEvent e) {
        for (int i = 0; i < KeyMap.RANK_SELECT.size(); i++) {
            if (KeyMap.RANK_SELECT.get(i).combination().match(e)) {
                model.selectForRanking(i);
                return true;
            }
        }
        if (KeyMap.RANK_UP.combination().match(e)) {
            model.moveSelected(-1);
        } else if (KeyMap.RANK_DOWN.combination().match(e)) {
            model.moveSelected(1);
        } else if (KeyMap.RANK_TIE.combination().match(e)) {
            model.tieSelectedWithAbove();
        } else {
            return false;
        }
        return true;
    }

    /** 1..3 from the digit keys, also when the layout types Arabic-Indic or Devanagari digits; 0 otherwise. */
    private static int strengthKey(KeyEvent e) {
        if (KeyMap.COMPARE_STRENGTH_1.combination().match(e)) {
            return 1;
        }
        if (KeyMap.COMPARE_STRENGTH_2.combination().match(e)) {
            return 2;
        }
        if (KeyMap.COMPARE_STRENGTH_3.combination().match(e)) {
            return 3;
        }
        String text = e.getText();
        if (text != null && text.length() == 1 && !e.isShortcutDown() && !e.isAltDown()) {
            int digit = com.ibm.icu.lang.UCharacter.digit(text.codePointAt(0), 10);
            return digit >= 1 && digit <= 3 ? digit : 0;
        }
        return 0;
    }

    private boolean isAttached() {
        Scene scene = getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing() && getParent() != null;
    }

    /** The task built ahead of time, or null (tests check the prefetch). */
    QueueEntry readyEntry() {
        return ready == null ? null : ready.entry;
    }

    /** The view model of the current annotator (tests drive it). */
    ComparisonViewModel model() {
        return model;
    }
}
