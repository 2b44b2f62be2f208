package io.indaba.app.prefer;

import io.indaba.app.common.Messages;
import io.indaba.app.markdown.ComplexText;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Decision;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The decision controls below a task, built once per annotator: the pairwise part (side and strength) or the
 * ranking part, as each task needs, then aspect ratings, flags, the rationale, submit and skip. Every control
 * follows the view model, which clears the decision between tasks.
 */
final class DecisionBar extends VBox {

    private final ComparisonViewModel model;
    private final VBox pairwisePart = new VBox(8);
    private final VBox rankingPart = new VBox(8);

    /** The bar for {@code model}; {@code ranksChanged} runs when the ranks or the response the keys act on change. */
    DecisionBar(ComparisonViewModel model, Runnable ranksChanged) {
        super(8);
        this.model = model;
        getStyleClass().add(Styles.CARD);
        setPadding(new Insets(8));
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
        model.ranks().addListener((MapChangeListener<Integer, Integer>) c -> ranksChanged.run());
        model.rankSelectedProperty().addListener((o, was, now) -> ranksChanged.run());
        getChildren().addAll(pairwisePart, rankingPart, ratings(), flags(), rationale(), actions());
    }

    /** Shows the pairwise part for two responses, the ranking part for more. */
    void showFor(int responses) {
        pairwisePart.setVisible(responses == 2);
        pairwisePart.setManaged(responses == 2);
        rankingPart.setVisible(responses != 2);
        rankingPart.setManaged(responses != 2);
    }

    private FlowPane ratings() {
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
            model.ratings().addListener((MapChangeListener<String, Integer>) c -> {
                if (c.getKey().equals(aspect)) {
                    Integer value = model.ratings().get(aspect);
                    g.selectToggle(value == null ? null : (ToggleButton) scale.getChildren().get(value));
                }
            });
        }
        return ratings;
    }

    private FlowPane flags() {
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
            model.flags().addListener((SetChangeListener<String>) c -> box.setSelected(model.flags().contains(flag)));
            flags.getChildren().add(box);
        }
        return flags;
    }

    private TextField rationale() {
        TextField rationale = new TextField();
        rationale.setPromptText(Messages.get(model.rationaleRequiredProperty().get()
                ? "compare.rationale.promptRequired" : "compare.rationale.prompt"));
        rationale.setAccessibleText(Messages.get("compare.rationale"));
        ComplexText.follow(rationale);
        rationale.textProperty().bindBidirectional(model.rationaleProperty());
        return rationale;
    }

    private HBox actions() {
        Button submit = new Button(Messages.get("compare.submit"));
        submit.setId("compare-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> model.submit());
        Button skip = new Button(Messages.get("compare.skip"));
        skip.setOnAction(e -> model.skip());
        return new HBox(8, submit, skip);
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

    private static String flagName(String flag) {
        return switch (flag) {
            case "wrong-language" -> Messages.get("compare.flag.wrongLanguage");
            case "unsafe" -> Messages.get("compare.flag.unsafe");
            case "truncated" -> Messages.get("compare.flag.truncated");
            case "refusal" -> Messages.get("compare.flag.refusal");
            default -> flag;
        };
    }
}
