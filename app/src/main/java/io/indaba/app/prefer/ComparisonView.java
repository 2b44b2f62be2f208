package io.indaba.app.prefer;

import io.indaba.app.Messages;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.team.ProfileDialog;
import io.indaba.app.team.ProfileForm;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Decision;
import io.indaba.core.prefer.QueueEntry;
import java.util.ArrayList;
import java.util.List;
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

    private final ProjectAccess access;
    private final ComboBox<Annotator> annotators = new ComboBox<>();
    private final Label message = new Label();
    private final Label submitted = new Label();
    private final VBox body = new VBox(10);
    private ComparisonViewModel model;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final List<ResponseCard> cards = new ArrayList<>();
    private final javafx.scene.layout.StackPane responses = new javafx.scene.layout.StackPane();
    private boolean stacked;

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
            if ((now.doubleValue() < NARROW) != stacked && !cards.isEmpty()) {
                responses.getChildren().setAll(layoutFor(now.doubleValue()));
            }
        });
        loadAnnotators(null);
    }

    private Pane layoutFor(double width) {
        stacked = width > 0 && width < NARROW;
        Pane pane = stacked ? new VBox(10) : new HBox(10);
        pane.getChildren().setAll(cards);
        return pane;
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
        model.currentProperty().addListener((o, was, now) -> show(now));
        ComparisonViewModel starting = model;
        access.run(Messages.get("compare.task.loading"),
                p -> io.indaba.core.prefer.JudgingSettings.load(p.database()), settings -> {
                    starting.start(settings.aspects(), settings.rationaleRequired());
                    show(starting.currentProperty().get());
                }, e -> message.setText(e.getMessage()));
    }

    /** Builds the task's view; called once per task, so the previous task's nodes are dropped. */
    private void show(QueueEntry entry) {
        body.getChildren().clear();
        if (entry == null) {
            return;
        }
        PromptPane prompt = new PromptPane();
        prompt.show(entry.item(), entry.lang());
        int count = entry.displayed().size();
        cards.clear();
        for (int i = 0; i < count; i++) {
            int position = i;
            io.indaba.plugin.Drafter drafter = backTranslator(entry.lang());
            ResponseCard[] self = new ResponseCard[1];
            Runnable back = drafter == null ? null : () -> model.backTranslate(position, glossLanguage(), drafter,
                    text -> self[0].showAid(text), text -> self[0].showAid(text));
            ResponseCard card = new ResponseCard(i, count, entry.displayed().get(i), text -> model.edit(position, text), back);
            self[0] = card;
            if (count > 2) {
                card.rankBox().valueProperty().addListener((o, was, now) -> {
                    if (now == null) {
                        model.ranks().remove(position);
                    } else {
                        model.ranks().put(position, now);
                    }
                });
            }
            cards.add(card);
        }
        responses.getChildren().setAll(layoutFor(getWidth()));
        body.getChildren().addAll(prompt, responses, decisionBar(count));
    }

    private VBox decisionBar(int count) {
        VBox bar = new VBox(8);
        bar.getStyleClass().add(Styles.CARD);
        bar.setPadding(new Insets(8));
        if (count == 2) {
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
            bar.getChildren().addAll(choices, strength);
        } else {
            CheckBox none = new CheckBox(Messages.get("compare.noneAcceptable"));
            none.selectedProperty().bindBidirectional(model.noneAcceptableProperty());
            bar.getChildren().add(none);
        }
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
            model.strengthProperty().set(strength);
            e.consume();
        } else if (KeyMap.COMPARE_SKIP.combination().match(e)) {
            model.skip();
            e.consume();
        }
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

    /** The view model of the current annotator (tests drive it). */
    ComparisonViewModel model() {
        return model;
    }
}
