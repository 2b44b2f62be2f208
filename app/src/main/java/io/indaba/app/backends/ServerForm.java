package io.indaba.app.backends;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.generate.ServerPreset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The fields of the server picked on the settings page; the key in a password field. */
final class ServerForm extends GridPane {

    private final TextField name = new TextField();
    private final ChoiceBox<ServerPreset> preset = new ChoiceBox<>();
    private final TextField url = new TextField();
    private final ChoiceBox<String> protocol = new ChoiceBox<>();
    private final PasswordField key = new PasswordField();
    private final TextField keyEnv = new TextField();
    private final Label notes = new Label();
    private ServerRow shown;

    ServerForm(List<String> protocols) {
        setHgap(8);
        setVgap(6);
        name.setId("backends-name");
        preset.setId("backends-preset");
        preset.getItems().setAll(BackendsDialog.presets());
        url.setId("backends-url");
        protocol.setId("backends-protocol");
        protocol.getItems().setAll(protocols);
        key.setId("backends-key");
        key.setPromptText(Messages.get("backends.keyPrompt"));
        keyEnv.setId("backends-key-env");
        keyEnv.setPromptText(Messages.get("backends.keyEnvPrompt"));
        notes.getStyleClass().add(Styles.MUTED);
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        preset.valueProperty().addListener((o, was, now) -> notes.setText(now == null ? "" : now.notes()));
        row(0, "backends.name", name);
        row(1, "backends.preset", preset);
        add(notes, 1, 2);
        row(3, "backends.url", url);
        row(4, "backends.protocol", protocol);
        row(5, "backends.key", key);
        row(6, "backends.keyEnv", keyEnv);
        GridPane.setHgrow(url, Priority.ALWAYS);
        show(null);
    }

    /** The preset picked, for a new server. */
    ServerPreset preset() {
        return preset.getValue();
    }

    void show(ServerRow row) {
        if (shown != null) {
            name.textProperty().unbindBidirectional(shown.nameProperty());
            preset.valueProperty().unbindBidirectional(shown.presetProperty());
            url.textProperty().unbindBidirectional(shown.urlProperty());
            protocol.valueProperty().unbindBidirectional(shown.protocolProperty());
            key.textProperty().unbindBidirectional(shown.keyProperty());
            keyEnv.textProperty().unbindBidirectional(shown.keyEnvProperty());
        }
        shown = row;
        for (Node n : new Node[] {name, preset, url, protocol, key, keyEnv}) {
            n.setDisable(row == null);
        }
        if (row == null) {
            for (TextInputControl t : new TextInputControl[] {name, url, key, keyEnv}) {
                t.clear();
            }
            return;
        }
        name.textProperty().bindBidirectional(row.nameProperty());
        preset.valueProperty().bindBidirectional(row.presetProperty());
        url.textProperty().bindBidirectional(row.urlProperty());
        protocol.valueProperty().bindBidirectional(row.protocolProperty());
        key.textProperty().bindBidirectional(row.keyProperty());
        keyEnv.textProperty().bindBidirectional(row.keyEnvProperty());
    }

    private void row(int at, String labelKey, Node control) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        add(label, 0, at);
        add(control, 1, at);
    }
}
