package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Statistics workspace's cultural audit section: a language and its agreement per field, labels and note. */
final class AuditStatisticsPane extends VBox {

    AuditStatisticsPane(AuditStatisticsViewModel model) {
        super(6);
        setId("stats-audit");
        ComboBox<String> language = new ComboBox<>(model.languages());
        language.setId("stats-audit-language");
        language.setAccessibleText(Messages.get("stats.audit.language"));
        language.valueProperty().bindBidirectional(model.languageProperty());
        HBox head = new HBox(8, new Label(Messages.get("stats.audit.language")), language);
        head.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(head, message);
        model.agreementProperty().addListener((o, was, now) -> {
            getChildren().retainAll(head, message);
            if (now != null) {
                getChildren().add(new AgreementView(now));
            }
        });
        model.load();
    }
}
