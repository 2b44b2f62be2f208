package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.audit.FieldType;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The lead's taxonomy editor: fields on the left (add, reorder, drop), the selected field's label, type and values
 * on the right (add, rename, reorder, drop), and Apply / Revert. Every control is reached with Tab; nothing is
 * stored before Apply.
 */
final class TaxonomyEditorView extends VBox {

    private final TaxonomyEditorViewModel model;
    private final ListView<FieldDraft> fields = new ListView<>();
    private final Label key = new Label();
    private final TextField label = new TextField();
    private final ComboBox<FieldType> type = new ComboBox<>();
    private final ListView<FieldDraft.ValueDraft> values = new ListView<>();
    private FieldDraft shown;

    TaxonomyEditorView(TaxonomyEditorViewModel model) {
        super(8);
        this.model = model;
        setId("audit-taxonomy-editor");
        setPadding(new Insets(10, 0, 0, 0));
        fields.setId("audit-edit-fields");
        fields.setItems(model.fields());
        fields.setPrefWidth(320);
        fields.setPrefHeight(260);
        fields.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> show(now));
        TextField newField = text("audit-edit-new-field", "audit.edit.newField");
        ComboBox<FieldType> newType = types("audit-edit-new-type", "audit.edit.newType");
        newType.setValue(FieldType.SINGLE);
        Button addField = button("audit-edit-add-field", "audit.edit.addField", () -> {
            if (model.addField(newField.getText(), newType.getValue()) != null) {
                newField.clear();
            }
        });
        newField.setOnAction(e -> addField.fire()); // Enter in the label adds the field
        Button up = button("audit-edit-field-up", "audit.edit.up", () -> model.moveField(-1));
        Button down = button("audit-edit-field-down", "audit.edit.down", () -> model.moveField(1));
        Button drop = button("audit-edit-drop-field", "audit.edit.dropField", model::dropField);
        VBox left = new VBox(6, heading("audit.edit.fields"), fields, new FlowPane(6, 6, newField, newType, addField),
                new HBox(6, up, down, drop));

        label.setId("audit-edit-field-label");
        label.setAccessibleText(Messages.get("audit.edit.label"));
        label.textProperty().addListener(o -> fields.refresh()); // the list names the field as it is typed
        type.setId("audit-edit-field-type");
        type.setAccessibleText(Messages.get("audit.edit.type"));
        type.getItems().setAll(FieldType.values());
        type.setConverter(TYPE_WORDS);
        type.valueProperty().addListener(o -> fields.refresh());
        values.setId("audit-edit-values");
        values.setPrefHeight(180);
        values.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FieldDraft.ValueDraft value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : value.label() + "  (" + value.id() + ")"
                        + (value.abstention() ? "  · " + Messages.get("audit.edit.abstention") : ""));
            }
        });
        TextField valueLabel = text("audit-edit-value-label", "audit.edit.valueLabel");
        CheckBox abstention = new CheckBox(Messages.get("audit.edit.abstention"));
        abstention.setId("audit-edit-value-abstention");
        Button addValue = button("audit-edit-add-value", "audit.edit.addValue", () -> {
            if (model.addValue(valueLabel.getText(), abstention.isSelected())) {
                valueLabel.clear();
            }
        });
        valueLabel.setOnAction(e -> addValue.fire()); // Enter in the words adds the value
        Button rename = button("audit-edit-rename-value", "audit.edit.renameValue", () -> {
            model.renameValue(values.getSelectionModel().getSelectedIndex(), valueLabel.getText());
            valueLabel.clear();
        });
        Button valueUp = button("audit-edit-value-up", "audit.edit.up", () -> moveValue(-1));
        Button valueDown = button("audit-edit-value-down", "audit.edit.down", () -> moveValue(1));
        Button dropValue = button("audit-edit-drop-value", "audit.edit.dropValue",
                () -> model.dropValue(values.getSelectionModel().getSelectedIndex()));
        VBox right = new VBox(6, heading("audit.edit.field"), new HBox(8, new Label(Messages.get("audit.edit.key")), key),
                row("audit.edit.label", label), row("audit.edit.type", type), heading("audit.edit.values"), values,
                new FlowPane(6, 6, valueLabel, abstention, addValue, rename, valueUp, valueDown, dropValue));
        HBox.setHgrow(right, Priority.ALWAYS);
        right.disableProperty().bind(model.selectedProperty().isNull());
        getChildren().addAll(new HBox(16, left, right), new ApplyBar(model, "audit-edit", "audit.edit.version",
                "audit.edit.versionEdited"));
        model.load();
    }


    private void show(FieldDraft d) {
        if (shown != null) {
            label.textProperty().unbindBidirectional(shown.labelProperty());
            type.valueProperty().unbindBidirectional(shown.typeProperty());
        }
        shown = d;
        if (d == null) {
            key.setText("");
            values.setItems(null);
            return;
        }
        if (fields.getSelectionModel().getSelectedItem() != d) {
            fields.getSelectionModel().select(d);
        }
        key.setText(d.key());
        label.textProperty().bindBidirectional(d.labelProperty());
        type.valueProperty().bindBidirectional(d.typeProperty());
        values.setItems(d.values());
        fields.refresh();
    }

    private void moveValue(int delta) {
        int to = model.moveValue(values.getSelectionModel().getSelectedIndex(), delta);
        values.getSelectionModel().select(to);
    }

    private static final StringConverter<FieldType> TYPE_WORDS = new StringConverter<>() {
        @Override
        public String toString(FieldType t) {
            return t == null ? "" : Messages.get(switch (t) {
                case SINGLE -> "audit.edit.type.single";
                case MULTIPLE -> "audit.edit.type.multiple";
                case ORDINAL -> "audit.edit.type.ordinal";
                case TEXT -> "audit.edit.type.text";
                case REGION -> "audit.edit.type.region";
                case COUNTRY -> "audit.edit.type.country";
            });
        }

        @Override
        public FieldType fromString(String s) {
            return null;
        }
    };

    private static ComboBox<FieldType> types(String id, String accessible) {
        ComboBox<FieldType> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(FieldType.SINGLE, FieldType.MULTIPLE, FieldType.ORDINAL, FieldType.TEXT);
        box.setConverter(TYPE_WORDS);
        box.setAccessibleText(Messages.get(accessible));
        return box;
    }

    private static TextField text(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.get(prompt));
        field.setAccessibleText(Messages.get(prompt));
        return field;
    }

    static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        l.getStyleClass().add(Styles.HEADING);
        return l;
    }

    static HBox row(String key, Node control) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        HBox box = new HBox(8, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
