package io.indaba.app.project.export;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.prefer.Policy;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The format-specific part of the export dialog: each choice shows only while the chosen format reads it. */
final class ExportOptionsPane extends VBox {

    ExportOptionsPane(ExportViewModel model) {
        super(8);
        setId("export-options");

        ComboBox<Policy> policy = new ComboBox<>();
        policy.setId("export-policy");
        policy.getItems().setAll(Policy.values());
        policy.setCellFactory(list -> new PolicyCell());
        policy.setButtonCell(new PolicyCell());
        policy.valueProperty().bindBidirectional(model.policyProperty());
        policy.setAccessibleText(Messages.get("export.policy"));
        Label policyLabel = new Label(Messages.get("export.policy"));
        policyLabel.setLabelFor(policy);
        HBox policyRow = new HBox(8, policyLabel, policy);
        policyRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox implicit = new CheckBox(Messages.get("export.implicitPrompt"));
        implicit.setId("export-implicit-prompt");
        implicit.selectedProperty().bindBidirectional(model.implicitPromptProperty());

        CheckBox bothBad = new CheckBox(Messages.get("export.ktoBothBad"));
        bothBad.setId("export-kto-both-bad");
        bothBad.selectedProperty().bindBidirectional(model.ktoBothBadProperty());

        CheckBox card = new CheckBox(Messages.get("export.card"));
        card.setId("export-card");
        card.selectedProperty().bindBidirectional(model.writeCardProperty());
        TextField licence = new TextField();
        licence.setId("export-licence");
        licence.setPromptText(Messages.get("export.licencePrompt"));
        licence.setAccessibleText(Messages.get("export.licence"));
        licence.textProperty().bindBidirectional(model.licenceProperty());
        licence.disableProperty().bind(model.writeCardProperty().not());
        Label licenceLabel = new Label(Messages.get("export.licence"));
        licenceLabel.setLabelFor(licence);
        HBox licenceRow = new HBox(8, licenceLabel, licence);
        licenceRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(licence, Priority.ALWAYS);
        // Indented under the check box it belongs to.
        licenceRow.setPadding(new Insets(0, 0, 0, 24));

        Label heading = new Label(Messages.get("export.options"));
        heading.getStyleClass().add(Styles.HEADING);

        shownWhile(policyRow, model.applies(ExportOption.POLICY));
        shownWhile(implicit, model.applies(ExportOption.IMPLICIT_PROMPT));
        shownWhile(bothBad, model.applies(ExportOption.KTO_BOTH_BAD));
        shownWhile(card, model.applies(ExportOption.CARD));
        shownWhile(licenceRow, model.applies(ExportOption.CARD));
        BooleanBinding any = model.applies(ExportOption.POLICY).or(model.applies(ExportOption.IMPLICIT_PROMPT))
                .or(model.applies(ExportOption.KTO_BOTH_BAD)).or(model.applies(ExportOption.CARD));
        shownWhile(heading, any);
        shownWhile(this, any);
        getChildren().setAll(heading, policyRow, implicit, bothBad, card, licenceRow);
    }

    private static void shownWhile(Node node, BooleanBinding applies) {
        node.visibleProperty().bind(applies);
        // Unmanaged as well, so a hidden option leaves no gap.
        node.managedProperty().bind(applies);
    }

    /** Shows a policy in words. */
    private static final class PolicyCell extends ListCell<Policy> {
        @Override
        protected void updateItem(Policy p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null
                    : Messages.get(p == Policy.MAJORITY ? "export.policyMajority" : "export.policyJudgement"));
        }
    }
}
