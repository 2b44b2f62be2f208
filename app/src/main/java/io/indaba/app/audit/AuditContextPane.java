package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.app.translate.HistoryPane;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Beside the audited item: the Winogrande twin with its translation (only when the item has one), and the
 * translation history of a chosen field, drawn by the translation editor's {@link HistoryPane}.
 */
final class AuditContextPane extends HBox {

    AuditContextPane(AuditContextViewModel model) {
        super(12);
        setId("audit-context");
        Label twinTitle = new Label();
        twinTitle.getStyleClass().add(Styles.HEADING);
        twinTitle.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("audit.context.twin",
                model.twinIdProperty().get()), model.twinIdProperty()));
        TextArea twin = new TextArea();
        twin.setId("audit-twin");
        twin.setEditable(false);
        twin.setWrapText(true);
        twin.setPrefRowCount(6);
        twin.setFocusTraversable(false);
        twin.setAccessibleText(Messages.get("audit.context.twin.accessible"));
        twin.textProperty().bind(model.twinTextProperty());
        VBox twinBox = new VBox(4, twinTitle, twin);
        twinBox.visibleProperty().bind(model.twinIdProperty().isNotEmpty());
        twinBox.managedProperty().bind(twinBox.visibleProperty());

        Label historyTitle = new Label(Messages.get("audit.context.history"));
        historyTitle.getStyleClass().add(Styles.HEADING);
        ComboBox<String> field = new ComboBox<>(model.fields());
        field.setId("audit-history-field");
        field.setAccessibleText(Messages.get("audit.context.history.field"));
        field.valueProperty().bindBidirectional(model.historyFieldProperty());
        HBox historyHead = new HBox(8, historyTitle, field);
        historyHead.setAlignment(Pos.CENTER_LEFT);
        HistoryPane history = new HistoryPane(model.history(), () -> null);
        history.setId("audit-history");
        history.setPrefViewportHeight(110);
        VBox historyBox = new VBox(4, historyHead, history);
        HBox.setHgrow(twinBox, Priority.ALWAYS);
        HBox.setHgrow(historyBox, Priority.ALWAYS);
        twinBox.setPrefWidth(400);
        historyBox.setPrefWidth(400);
        getChildren().addAll(twinBox, historyBox);
    }
}
