package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.audit.FieldDisagreement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The disagreements of one language beside the decision form: every vote and note, a reason, one click to decide. */
final class DecisionsView extends HBox {

    private final DecisionsViewModel model;
    private final ListView<FieldDisagreement> list = new ListView<>();
    private final Label votes = new Label();
    private final FlowPane choices = new FlowPane(6, 6);
    private final TextField reason = new TextField();

    DecisionsView(DecisionsViewModel model) {
        super(12);
        this.model = model;
        setId("audit-decisions");
        setPadding(new Insets(10, 0, 0, 0));
        list.setId("audit-disagreements");
        list.setItems(model.disagreements());
        list.setPrefWidth(380);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FieldDisagreement d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.externalId() + " · " + model.fieldLabel(d)
                        + (d.decision() == null ? "" : "  ✓"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> show(now));
        votes.setWrapText(true);
        reason.setId("audit-decide-reason");
        reason.setPromptText(Messages.get("audit.decide.reason"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Label message = new Label();
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(model.messageProperty());
        VBox detail = new VBox(8, votes, reason, choices, message);
        HBox.setHgrow(detail, Priority.ALWAYS);
        getChildren().addAll(list, detail);
        model.load();
    }

    private void show(FieldDisagreement d) {
        choices.getChildren().clear();
        if (d == null) {
            votes.setText("");
            return;
        }
        if (list.getSelectionModel().getSelectedItem() != d) {
            list.getSelectionModel().select(d);
        }
        StringBuilder text = new StringBuilder(d.externalId() + " — " + model.fieldLabel(d) + "\n");
        d.votes().forEach((r, v) -> text.append(r).append(": ").append(model.words(v))
                .append(d.notes().containsKey(r) ? "  (" + d.notes().get(r) + ")" : "").append('\n'));
        if (d.decision() != null) {
            text.append(Messages.format("audit.decide.decided", model.words(d.decision().answer())));
        }
        votes.setText(text.toString().strip());
        Set<List<String>> answers = new LinkedHashSet<>(d.votes().values());
        for (String option : model.options()) {
            answers.add(List.of(option));
        }
        int n = 0;
        for (List<String> answer : answers) {
            Button b = new Button(Messages.get("audit.decide.as") + " " + model.words(answer));
            b.setId("audit-decide-" + (++n));
            List<String> chosen = new ArrayList<>(answer);
            b.setOnAction(e -> model.decide(chosen));
            choices.getChildren().add(b);
        }
    }
}
