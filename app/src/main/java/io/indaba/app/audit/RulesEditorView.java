package io.indaba.app.audit;

import static io.indaba.app.audit.TaxonomyEditorView.button;
import static io.indaba.app.audit.TaxonomyEditorView.heading;
import static io.indaba.app.audit.TaxonomyEditorView.row;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lead's rule set editor: rules on the left (add, drop), the selected rule's label and conditions on the right,
 * each condition's field, test, values, threshold k and tie policy; Apply saves a new rule set version.
 */
final class RulesEditorView extends VBox {

    private final RulesEditorViewModel model;
    private final ListView<RuleDraft> rules = new ListView<>();
    private final TextField label = new TextField();
    private final ListView<RuleDraft.ConditionDraft> conditions = new ListView<>();
    private final ComboBox<String> field = new ComboBox<>();
    private final ComboBox<String> test = new ComboBox<>();
    private final TextField values = new TextField();
    private final Spinner<Integer> k = new Spinner<>(1, 50, 1);
    private final CheckBox tie = new CheckBox(Messages.get("audit.rules.tie"));
    private final Label offered = new Label();
    private RuleDraft shownRule;
    private RuleDraft.ConditionDraft shown;

    RulesEditorView(RulesEditorViewModel model) {
        super(8);
        this.model = model;
        setId("audit-rules-editor");
        setPadding(new Insets(10, 0, 0, 0));
        rules.setId("audit-rules-list");
        rules.setItems(model.rules());
        rules.setPrefWidth(280);
        rules.setPrefHeight(220);
        rules.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> showRule(now));
        TextField newRule = new TextField();
        newRule.setId("audit-rules-new");
        newRule.setPromptText(Messages.get("audit.rules.newLabel"));
        newRule.setAccessibleText(Messages.get("audit.rules.newLabel"));
        Button add = button("audit-rules-add", "audit.rules.add", () -> {
            if (model.addRule(newRule.getText()) != null) {
                newRule.clear();
            }
        });
        newRule.setOnAction(e -> add.fire()); // Enter in the label adds the rule
        Button drop = button("audit-rules-drop", "audit.rules.drop", model::dropRule);
        VBox left = new VBox(6, heading("audit.rules.rules"), rules, new FlowPane(6, 6, newRule, add, drop));

        label.setId("audit-rules-label");
        label.setAccessibleText(Messages.get("audit.rules.label"));
        conditions.setId("audit-rules-conditions");
        conditions.setPrefHeight(120);
        conditions.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showCondition(now));
        field.setId("audit-rules-field");
        field.setItems(model.fieldKeys());
        field.setAccessibleText(Messages.get("audit.rules.field"));
        test.setId("audit-rules-test");
        test.getItems().setAll(RulesEditorViewModel.TESTS);
        test.setAccessibleText(Messages.get("audit.rules.test"));
        values.setId("audit-rules-values");
        values.setPrefColumnCount(24);
        values.setAccessibleText(Messages.get("audit.rules.values"));
        k.setId("audit-rules-k");
        k.setEditable(true);
        k.setPrefWidth(80);
        k.setAccessibleText(Messages.get("audit.rules.k"));
        k.disableProperty().bind(test.valueProperty().isNotEqualTo("at-least"));
        tie.setId("audit-rules-tie");
        tie.disableProperty().bind(test.valueProperty().isNotEqualTo("majority"));
        offered.setWrapText(true);
        offered.getStyleClass().add(Styles.MUTED);
        field.valueProperty().addListener((o, was, now) -> offered.setText(Messages.format("audit.rules.offered",
                String.join(", ", model.valuesOf(now)))));
        Button addCondition = button("audit-rules-add-condition", "audit.rules.addCondition", () -> {
            RuleDraft.ConditionDraft c = model.addCondition();
            if (c != null) {
                conditions.getSelectionModel().select(c);
            }
        });
        Button dropCondition = button("audit-rules-drop-condition", "audit.rules.dropCondition",
                () -> model.dropCondition(conditions.getSelectionModel().getSelectedIndex()));
        VBox form = new VBox(6, new FlowPane(8, 6, row("audit.rules.field", field), row("audit.rules.test", test),
                row("audit.rules.k", k), tie), row("audit.rules.values", values), offered,
                new HBox(6, addCondition, dropCondition));
        form.disableProperty().bind(conditions.getSelectionModel().selectedItemProperty().isNull());
        VBox right = new VBox(6, heading("audit.rules.rule"), row("audit.rules.label", label),
                heading("audit.rules.conditions"), conditions, form);
        right.disableProperty().bind(model.selectedProperty().isNull());
        HBox.setHgrow(right, Priority.ALWAYS);
        for (Observable o : new Observable[] {field.valueProperty(), test.valueProperty(),
                values.textProperty(), k.valueProperty(), tie.selectedProperty(), label.textProperty()}) {
            o.addListener(x -> {
                conditions.refresh();
                rules.refresh();
            });
        }
        getChildren().addAll(new HBox(16, left, right), new ApplyBar(model, "audit-rules", "audit.rules.version",
                "audit.rules.versionEdited"));
        model.load();
    }


    private void showRule(RuleDraft r) {
        if (shownRule != null) {
            label.textProperty().unbindBidirectional(shownRule.labelProperty());
        }
        shownRule = r;
        if (r == null) {
            conditions.setItems(null);
            return;
        }
        if (rules.getSelectionModel().getSelectedItem() != r) {
            rules.getSelectionModel().select(r);
        }
        label.textProperty().bindBidirectional(r.labelProperty());
        conditions.setItems(r.conditions());
        conditions.getSelectionModel().selectFirst();
    }

    private void showCondition(RuleDraft.ConditionDraft c) {
        if (shown != null) {
            field.valueProperty().unbindBidirectional(shown.fieldProperty());
            test.valueProperty().unbindBidirectional(shown.testProperty());
            values.textProperty().unbindBidirectional(shown.valuesProperty());
            tie.selectedProperty().unbindBidirectional(shown.tieProperty());
        }
        shown = c;
        if (c == null) {
            return;
        }
        field.valueProperty().bindBidirectional(c.fieldProperty());
        test.valueProperty().bindBidirectional(c.testProperty());
        values.textProperty().bindBidirectional(c.valuesProperty());
        tie.selectedProperty().bindBidirectional(c.tieProperty());
        k.getValueFactory().setValue(c.kProperty().get());
        k.valueProperty().addListener((o, was, now) -> {
            if (shown == c && now != null) {
                c.kProperty().set(now);
            }
        });
    }
}
