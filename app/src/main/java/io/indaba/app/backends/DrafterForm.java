package io.indaba.app.backends;

import io.indaba.app.common.Messages;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The fields of the LLM drafter picked on the settings page: pair, server, model, prompt template. */
final class DrafterForm extends GridPane {

    private final TextField pair = new TextField();
    private final ComboBox<String> server = new ComboBox<>();
    private final TextField model = new TextField();
    private final TextArea prompt = new TextArea();
    private final Supplier<List<String>> names;
    private DrafterRow shown;

    DrafterForm(Supplier<List<String>> names) {
        this.names = names;
        setHgap(8);
        setVgap(6);
        pair.setId("backends-pair");
        pair.setPromptText(Messages.get("backends.pairPrompt"));
        server.setId("backends-drafter-server");
        server.setOnShowing(e -> server.getItems().setAll(names.get()));
        model.setId("backends-model");
        prompt.setId("backends-prompt");
        prompt.setPromptText(Messages.get("backends.promptPrompt"));
        prompt.setWrapText(true);
        prompt.setPrefRowCount(3);
        row(0, "backends.pair", pair);
        row(1, "backends.server", server);
        row(2, "backends.model", model);
        row(3, "backends.prompt", prompt);
        GridPane.setHgrow(prompt, Priority.ALWAYS);
        show(null);
    }

    void show(DrafterRow row) {
        if (shown != null) {
            pair.textProperty().unbindBidirectional(shown.pairProperty());
            server.valueProperty().unbindBidirectional(shown.serverProperty());
            model.textProperty().unbindBidirectional(shown.modelProperty());
            prompt.textProperty().unbindBidirectional(shown.promptProperty());
        }
        shown = row;
        for (Node n : new Node[] {pair, server, model, prompt}) {
            n.setDisable(row == null);
        }
        if (row == null) {
            pair.clear();
            model.clear();
            prompt.clear();
            return;
        }
        server.getItems().setAll(names.get());
        pair.textProperty().bindBidirectional(row.pairProperty());
        server.valueProperty().bindBidirectional(row.serverProperty());
        model.textProperty().bindBidirectional(row.modelProperty());
        prompt.textProperty().bindBidirectional(row.promptProperty());
    }

    private void row(int at, String labelKey, Node control) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        add(label, 0, at);
        add(control, 1, at);
    }
}
