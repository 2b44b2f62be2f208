package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.audit.Field;
import io.indaba.core.audit.FieldType;
import io.indaba.core.audit.Places;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * One taxonomy field as controls: numbered toggle buttons for a short list, a list to choose from for region and
 * country, a text field for free text. It shows the model's answer and reports the reviewer's choices to it.
 */
final class FieldRow extends HBox {

    private final Field field;
    private final AuditViewModel model;
    private final List<ToggleButton> buttons = new ArrayList<>();
    private ComboBox<String> list;
    private TextField text;
    private boolean showing;

    FieldRow(Field field, AuditViewModel model, boolean keyed) {
        super(10);
        this.field = field;
        this.model = model;
        setAlignment(Pos.CENTER_LEFT);
        setId("audit-field-" + field.key());
        Label label = new Label(field.label());
        label.setMinWidth(220);
        getChildren().add(label);
        List<String> options = AuditViewModel.options(field);
        if (field.type() == FieldType.TEXT) {
            text = new TextField();
            text.setId("audit-text-" + field.key());
            text.setPrefColumnCount(40);
            text.setAccessibleText(field.label());
            text.textProperty().addListener((o, was, now) -> {
                if (!showing) {
                    model.text(field, now);
                }
            });
            getChildren().add(text);
        } else if (!keyed) {
            list = new ComboBox<>();
            list.setId("audit-list-" + field.key());
            list.getItems().setAll(options);
            list.setAccessibleText(field.label());
            list.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(String code) {
                    boolean place = field.type() == FieldType.REGION || field.type() == FieldType.COUNTRY;
                    return code == null ? "" : place && !field.abstains(code) ? code + " " + Places.name(code)
                            : field.valueLabel(code);
                }

                @Override
                public String fromString(String s) {
                    return null;
                }
            });
            list.valueProperty().addListener((o, was, now) -> {
                if (!showing && now != null) {
                    model.choose(field, now);
                }
            });
            getChildren().add(list);
        } else {
            FlowPane pane = new FlowPane(6, 6);
            for (int i = 0; i < options.size(); i++) {
                String value = options.get(i);
                ToggleButton b = new ToggleButton((i + 1) + "  " + field.valueLabel(value));
                b.setId("audit-" + field.key() + "-" + (i + 1));
                b.setAccessibleText(Messages.format("audit.option.accessible", field.label(), i + 1,
                        field.valueLabel(value)));
                b.setFocusTraversable(false); // Tab moves between fields, not between buttons
                if (field.abstains(value)) {
                    b.getStyleClass().add(Styles.MUTED);
                }
                b.setOnAction(e -> {
                    model.choose(field, value);
                    show();
                });
                buttons.add(b);
                pane.getChildren().add(b);
            }
            getChildren().add(pane);
        }
    }

    /** Shows the model's current answer for this field. */
    void show() {
        showing = true;
        List<String> answer = model.answers().getOrDefault(field.key(), List.of());
        List<String> options = AuditViewModel.options(field);
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setSelected(answer.contains(options.get(i)));
        }
        if (list != null) {
            list.setValue(answer.isEmpty() ? null : answer.get(0));
        }
        if (text != null && !text.getText().equals(answer.isEmpty() ? "" : answer.get(0))) {
            text.setText(answer.isEmpty() ? "" : answer.get(0));
        }
        showing = false;
    }

    /** Marks this row as the one the number keys act on. */
    void focus(boolean on) {
        getStyleClass().remove(Styles.ACCENT);
        if (on) {
            getStyleClass().add(Styles.ACCENT);
        }
    }
}
