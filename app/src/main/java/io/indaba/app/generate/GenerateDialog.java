package io.indaba.app.generate;

import io.indaba.app.common.Messages;
import io.indaba.app.project.DialogFit;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.project.TaskDialogs;
import io.indaba.app.project.TaskProgress;
import io.indaba.app.theme.Theme;
import io.indaba.core.generate.Backends;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
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

/** Project ▸ Generate candidates…: endpoint, models listed from the server, K, language; progress and cancel. */
public final class GenerateDialog {

    private static final ButtonType RUN = new ButtonType(Messages.get("generate.run"), ButtonBar.ButtonData.OK_DONE);

    private GenerateDialog() {
    }

    /** Shows the dialog; it stays open after a run so the counts can be read. */
    public static void show(Window owner, Theme theme, ProjectSession session, Backends backends) {
        GenerateViewModel model = new GenerateViewModel(session, backends, System.getenv());
        Dialog<ButtonType> dialog = TaskDialogs.create(owner, theme, "generate-dialog", Messages.get("generate.title"),
                Messages.format("generate.header", session.name()));

        TextField endpoint = field("generate-endpoint", model.endpointProperty());
        ChoiceBox<String> protocol = new ChoiceBox<>();
        protocol.setId("generate-protocol");
        protocol.getItems().setAll(model.protocols());
        protocol.valueProperty().bindBidirectional(model.protocolProperty());
        TextField keyEnv = field("generate-key-env", model.apiKeyEnvProperty());
        keyEnv.setPromptText(Messages.get("generate.keyEnvPrompt"));
        TextField lang = field("generate-lang", model.responseLangProperty());
        lang.setPromptText(Messages.get("generate.langPrompt"));
        Spinner<Integer> k = new Spinner<>(1, 64, model.candidatesProperty().get());
        k.setId("generate-candidates");
        k.valueProperty().addListener((o, was, now) -> model.candidatesProperty().set(now));
        Button list = new Button(Messages.get("generate.list"));
        list.setId("generate-list");
        list.setOnAction(e -> model.listModels());
        list.disableProperty().bind(model.taskProperty().isNotNull());

        ListView<String> models = new ListView<>(model.models());
        models.setId("generate-models");
        models.setAccessibleText(Messages.get("generate.models"));
        models.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        models.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<String>) c -> model.chosen().setAll(
                        models.getSelectionModel().getSelectedItems()));
        models.setPrefHeight(160);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        row(form, 0, "generate.endpoint", endpoint);
        form.add(list, 2, 0);
        row(form, 1, "generate.protocol", protocol);
        row(form, 2, "generate.keyEnv", keyEnv);
        row(form, 3, "generate.models", models);
        row(form, 4, "generate.candidates", k);
        row(form, 5, "generate.lang", lang);
        GridPane.setHgrow(endpoint, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("generate-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());

        VBox content = new VBox(12, form, new TaskProgress(model.taskProperty(), model::cancel, model.errorProperty()),
                summary);
        content.setPrefWidth(640);
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
        DialogFit.refitOn(dialog, model.models(), model.errorProperty(), model.summaryProperty());
        dialog.setOnShown(e -> Platform.runLater(endpoint::requestFocus));
        dialog.showAndWait();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(32);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static void row(GridPane form, int row, String key, Node control) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        form.add(label, 0, row);
        form.add(control, 1, row);
    }
}
