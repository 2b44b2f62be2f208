package io.indaba.app.generate;

import io.indaba.app.common.Messages;
import io.indaba.app.backends.BackendServices;
import io.indaba.app.project.DialogFit;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.project.TaskDialogs;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Project ▸ Generate candidates…: server (saved, preset or typed), models listed from the server, K, language and
 * requests in flight; while it runs, progress with throughput and time left, pause / resume / cancel, and the text of
 * the responses streaming in.
 */
public final class GenerateDialog {

    private static final ButtonType RUN = new ButtonType(Messages.get("generate.run"), ButtonBar.ButtonData.OK_DONE);

    private GenerateDialog() {
    }

    /** Shows the dialog; it stays open after a run so the counts can be read. */
    public static void show(Window owner, Theme theme, ProjectSession session, BackendServices services) {
        GenerateViewModel model = new GenerateViewModel(session, services);
        Dialog<ButtonType> dialog = TaskDialogs.create(owner, theme, "generate-dialog", Messages.get("generate.title"),
                Messages.format("generate.header", session.name()));

        ComboBox<ServerChoice> server = new ComboBox<>(model.servers());
        server.setId("generate-server");
        server.setPromptText(Messages.get("generate.serverPrompt"));
        server.valueProperty().bindBidirectional(model.serverProperty());
        Label notes = new Label();
        notes.setId("generate-notes");
        notes.getStyleClass().add(Styles.MUTED);
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.textProperty().bind(model.notesProperty());
        notes.visibleProperty().bind(model.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());

        TextField endpoint = field("generate-endpoint", model.endpointProperty());
        ChoiceBox<String> protocol = new ChoiceBox<>();
        protocol.setId("generate-protocol");
        protocol.getItems().setAll(model.protocols());
        protocol.valueProperty().bindBidirectional(model.protocolProperty());
        TextField keyEnv = field("generate-key-env", model.apiKeyEnvProperty());
        keyEnv.setPromptText(Messages.get("generate.keyEnvPrompt"));
        TextField lang = field("generate-lang", model.responseLangProperty());
        lang.setPromptText(Messages.get("generate.langPrompt"));
        Spinner<Integer> k = spinner("generate-candidates", 64, model.candidatesProperty());
        Spinner<Integer> inFlight = spinner("generate-concurrency", 256, model.concurrencyProperty());
        Button list = new Button(Messages.get("generate.list"));
        list.setId("generate-list");
        list.setOnAction(e -> model.listModels());
        list.setMinWidth(Region.USE_PREF_SIZE);
        list.disableProperty().bind(model.taskProperty().isNotNull());

        ListView<String> models = new ListView<>(model.models());
        models.setId("generate-models");
        models.setAccessibleText(Messages.get("generate.models"));
        models.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        models.getSelectionModel().getSelectedItems().addListener((ListChangeListener<String>) c -> model.chosen()
                .setAll(models.getSelectionModel().getSelectedItems()));
        models.setPrefHeight(110);
        models.setMinHeight(80);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        row(form, 0, "generate.server", server);
        form.add(notes, 1, 1);
        row(form, 2, "generate.endpoint", endpoint);
        form.add(list, 2, 2);
        row(form, 3, "generate.protocol", protocol);
        row(form, 4, "generate.keyEnv", keyEnv);
        row(form, 5, "generate.models", models);
        row(form, 6, "generate.candidates", k);
        row(form, 7, "generate.concurrency", inFlight);
        row(form, 8, "generate.lang", lang);
        GridPane.setHgrow(endpoint, Priority.ALWAYS);
        server.setMaxWidth(Double.MAX_VALUE);

        Label summary = new Label();
        summary.setId("generate-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());

        GenerateProgress progress = new GenerateProgress(model);
        VBox content = new VBox(12, form, progress, summary);
        content.setPrefWidth(760);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(RUN, ButtonType.CLOSE);
        Node run = dialog.getDialogPane().lookupButton(RUN);
        run.setId("generate-run");
        run.disableProperty().bind(model.ready().not());
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.start();
        });
        // closing the dialog while a job runs stops it; what was stored stays, and a rerun resumes
        dialog.setOnHidden(e -> model.cancel());
        DialogFit.refitOn(dialog, model.models(), model.errorProperty(), model.summaryProperty(),
                model.generatingProperty(), model.notesProperty(), progress.shape());
        dialog.setOnShown(e -> Platform.runLater(server::requestFocus));
        dialog.showAndWait();
    }

    private static TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(32);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Spinner<Integer> spinner(String id, int max, IntegerProperty value) {
        Spinner<Integer> s = new Spinner<>(1, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.valueProperty().addListener((o, was, now) -> value.set(now));
        return s;
    }

    private static void row(GridPane form, int row, String key, Node control) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        form.add(label, 0, row);
        form.add(control, 1, row);
    }
}
