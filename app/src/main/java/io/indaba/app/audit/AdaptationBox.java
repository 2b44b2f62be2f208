package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The reviewer's suggested adaptation: which translated field, and its new text (starting from the translation).
 * It is stored with the audit and waits for the lead under Disagreements ▸ Suggested adaptations.
 */
final class AdaptationBox extends VBox {

    private final ComboBox<String> field = new ComboBox<>();
    private final TextArea text = new TextArea();
    private AuditViewModel bound;

    AdaptationBox() {
        super(4);
        setId("audit-adaptation-box");
        field.setId("audit-adapt-field");
        field.setPromptText(Messages.get("audit.adapt.field.prompt"));
        field.setAccessibleText(Messages.get("audit.adapt.field.accessible"));
        text.setId("audit-adaptation");
        text.setPromptText(Messages.get("audit.adapt.prompt"));
        text.setAccessibleText(Messages.get("audit.adapt.accessible"));
        text.setPrefRowCount(2);
        text.setWrapText(true);
        text.disableProperty().bind(field.valueProperty().isNull());
        HBox head = new HBox(8, new Label(Messages.get("audit.adapt.title")), field);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, text);
    }

    /** Shows and edits {@code model}'s suggestion, letting go of the previous model's. */
    void bind(AuditViewModel model) {
        if (bound != null) {
            field.valueProperty().unbindBidirectional(bound.adaptationFieldProperty());
            text.textProperty().unbindBidirectional(bound.adaptationProperty());
        }
        bound = model;
        field.setItems(model.translatedFields());
        field.valueProperty().bindBidirectional(model.adaptationFieldProperty());
        text.textProperty().bindBidirectional(model.adaptationProperty());
    }
}
