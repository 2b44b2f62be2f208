package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.audit.AdaptationSuggestion;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Suggested adaptations beside the lead's decision: the translation now, the suggestion, a reason, accept or reject. */
final class AdaptationsView extends HBox {

    private final AdaptationsViewModel model;
    private final ListView<AdaptationSuggestion> list = new ListView<>();
    private final Label who = new Label();
    private final TextArea now = area("audit-adapt-current", "audit.adapt.current");
    private final TextArea suggested = area("audit-adapt-suggested", "audit.adapt.suggested");
    private final Button accept = new Button(Messages.get("audit.adapt.accept"));
    private final Button reject = new Button(Messages.get("audit.adapt.reject"));

    AdaptationsView(AdaptationsViewModel model) {
        super(12);
        this.model = model;
        setId("audit-adaptations");
        setPadding(new Insets(10, 0, 0, 0));
        list.setId("audit-adapt-list");
        list.setItems(model.suggestions());
        list.setPrefWidth(380);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AdaptationSuggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.externalId() + " · " + s.field() + " · " + s.reviewerId()
                        + (s.open() ? "" : "  ✓ " + s.decision()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            if (item != null) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((o, was, item) -> show(item));
        who.setWrapText(true);
        TextField reason = new TextField();
        reason.setId("audit-adapt-reason");
        reason.setPromptText(Messages.get("audit.adapt.reason"));
        reason.setAccessibleText(Messages.get("audit.adapt.reason"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        accept.setId("audit-adapt-accept");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.setOnAction(e -> model.accept());
        reject.setId("audit-adapt-reject");
        reject.setOnAction(e -> model.reject());
        Label message = new Label();
        message.setId("audit-adapt-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(model.messageProperty());
        VBox detail = new VBox(8, who, new Label(Messages.get("audit.adapt.current")), now,
                new Label(Messages.get("audit.adapt.suggested")), suggested, reason, new HBox(8, accept, reject),
                message);
        HBox.setHgrow(detail, Priority.ALWAYS);
        getChildren().addAll(list, detail);
        show(null);
        model.load();
    }

    private void show(AdaptationSuggestion s) {
        if (s != null && list.getSelectionModel().getSelectedItem() != s) {
            list.getSelectionModel().select(s);
        }
        who.setText(s == null ? "" : Messages.format("audit.adapt.by", s.externalId(), s.field(), s.reviewerId(),
                s.createdAt().replace('T', ' ')) + (s.open() ? "" : "\n" + Messages.format("audit.adapt.decided",
                        s.decision(), s.decidedBy(), s.reason() == null ? "—" : s.reason())));
        now.setText(s == null || s.currentText() == null ? "" : s.currentText());
        suggested.setText(s == null ? "" : s.text());
        accept.setDisable(s == null || !s.open());
        reject.setDisable(s == null || !s.open());
    }

    private static TextArea area(String id, String accessible) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setAccessibleText(Messages.get(accessible));
        return area;
    }
}
