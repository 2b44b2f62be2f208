package io.indaba.app.backends;

import io.indaba.app.common.Messages;
import io.indaba.app.project.TaskDialogs;
import io.indaba.app.tasks.Tasks;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import io.indaba.core.generate.ServerPreset;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Back-ends and LLM drafters…: the plugins found at start-up, the user's servers with their API keys (kept in
 * a settings file readable by the user alone) and the LLM drafter per language pair the editor offers drafts from.
 */
public final class BackendsDialog {

    private static final ButtonType SAVE = new ButtonType(Messages.get("backends.save"), ButtonBar.ButtonData.APPLY);

    private BackendsDialog() {
    }

    /** Shows the page; Save writes the settings and keeps it open. */
    public static void show(Window owner, Theme theme, BackendServices services, Tasks tasks) {
        BackendsViewModel model = new BackendsViewModel(services, tasks);
        Dialog<ButtonType> dialog = TaskDialogs.create(owner, theme, "backends-dialog", Messages.get("backends.title"),
                Messages.get("backends.header"));

        ListView<String> plugins = new ListView<>();
        plugins.setId("backends-plugins");
        plugins.getItems().setAll(model.plugins());
        plugins.setAccessibleText(Messages.get("backends.plugins"));
        plugins.setPrefHeight(72);

        ListView<ServerRow> servers = new ListView<>(model.servers());
        servers.setId("backends-servers");
        servers.setAccessibleText(Messages.get("backends.servers"));
        servers.setCellFactory(list -> new Live<>(row -> row.nameProperty()));
        ServerForm serverForm = new ServerForm(model.protocols());
        servers.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> serverForm.show(now));
        Button add = new Button(Messages.get("backends.add"));
        add.setId("backends-add");
        add.setOnAction(e -> servers.getSelectionModel().select(model.addServer(serverForm.preset())));
        Button remove = new Button(Messages.get("backends.remove"));
        remove.setId("backends-remove");
        remove.disableProperty().bind(servers.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.servers().remove(servers.getSelectionModel().getSelectedItem()));

        ListView<DrafterRow> drafters = new ListView<>(model.drafters());
        drafters.setId("backends-drafters");
        drafters.setAccessibleText(Messages.get("backends.drafters"));
        drafters.setCellFactory(list -> new Live<>(row -> Bindings.concat(row.pairProperty(), " · ",
                row.modelProperty(), " @ ", row.serverProperty())));
        DrafterForm drafterForm = new DrafterForm(model::names);
        drafters.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> drafterForm.show(now));
        Button addDrafter = new Button(Messages.get("backends.addDrafter"));
        addDrafter.setId("backends-add-drafter");
        addDrafter.setOnAction(e -> drafters.getSelectionModel().select(model.addDrafter()));
        Button removeDrafter = new Button(Messages.get("backends.remove"));
        removeDrafter.setId("backends-remove-drafter");
        removeDrafter.disableProperty().bind(drafters.getSelectionModel().selectedItemProperty().isNull());
        removeDrafter.setOnAction(e -> model.drafters().remove(drafters.getSelectionModel().getSelectedItem()));

        Label file = new Label(Messages.format("backends.file", model.file()));
        file.getStyleClass().add(Styles.MUTED);
        file.setWrapText(true);
        file.setMinHeight(Region.USE_PREF_SIZE);
        Label message = line("backends-message", model.messageProperty().isEmpty());
        message.textProperty().bind(model.messageProperty());
        Label error = line("backends-error", model.errorProperty().isEmpty());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.ERROR);

        VBox content = new VBox(10,
                section("backends.plugins", plugins),
                section("backends.servers", master(servers, serverForm, add, remove)),
                section("backends.drafters", master(drafters, drafterForm, addDrafter, removeDrafter)),
                file, message, error);
        content.setPrefWidth(820);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CLOSE);
        Node save = dialog.getDialogPane().lookupButton(SAVE);
        save.setId("backends-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
        });
        if (!model.servers().isEmpty()) {
            servers.getSelectionModel().selectFirst();
        }
        if (!model.drafters().isEmpty()) {
            drafters.getSelectionModel().selectFirst();
        }
        dialog.showAndWait();
    }

    private static Node section(String key, Node body) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add(Styles.HEADING);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(6, heading, body);
    }

    private static Node master(ListView<?> list, Node form, Button add, Button remove) {
        list.setPrefHeight(120);
        list.setPrefWidth(240);
        add.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        VBox left = new VBox(6, list, new HBox(6, add, remove));
        left.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(12, left, form);
        HBox.setHgrow(form, Priority.ALWAYS);
        return box;
    }

    private static Label line(String id, BooleanBinding empty) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(empty.not());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A list cell whose text follows the row as it is edited. */
    private static final class Live<T> extends ListCell<T> {
        private final Function<T, ObservableValue<String>> text;

        Live(Function<T, ObservableValue<String>> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T row, boolean empty) {
            super.updateItem(row, empty);
            textProperty().unbind();
            if (empty || row == null) {
                setText(null);
            } else {
                textProperty().bind(text.apply(row));
            }
        }
    }

    /** The preset list for the server form's picker. */
    static ServerPreset[] presets() {
        return ServerPreset.ALL.toArray(ServerPreset[]::new);
    }
}
