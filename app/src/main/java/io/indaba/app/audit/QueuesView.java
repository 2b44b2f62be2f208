package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.audit.ReviewerQueue;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The lead's audit queues for one language: k, assign, clear, and each reviewer's counts. */
final class QueuesView extends VBox {

    QueuesView(QueuesViewModel model) {
        super(8);
        setId("audit-queues");
        setPadding(new Insets(10, 0, 0, 0));
        Spinner<Integer> k = new Spinner<>(1, 20, model.kProperty().get());
        k.setId("audit-queues-k");
        k.setEditable(true);
        k.setPrefWidth(80);
        k.setAccessibleText(Messages.get("audit.queues.k"));
        model.kProperty().addListener((o, was, now) -> k.getValueFactory().setValue(now.intValue()));
        k.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.kProperty().set(now);
            }
        });
        Button assign = new Button(Messages.get("audit.queues.assign"));
        assign.setId("audit-queues-assign");
        assign.getStyleClass().add(Styles.ACCENT);
        assign.setOnAction(e -> model.assign());
        Button clear = new Button(Messages.get("audit.queues.clear"));
        clear.setId("audit-queues-clear");
        clear.setOnAction(e -> model.clear());
        HBox controls = new HBox(8, new Label(Messages.get("audit.queues.k")), k, assign, clear);
        controls.setAlignment(Pos.CENTER_LEFT);
        TableView<ReviewerQueue> table = new TableView<>(model.queues());
        table.setId("audit-queues-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("audit.queues.reviewer", ReviewerQueue::reviewerId));
        table.getColumns().add(column("audit.queues.name", ReviewerQueue::displayName));
        table.getColumns().add(column("audit.queues.assignedCol", q -> Integer.toString(q.assigned())));
        table.getColumns().add(column("audit.queues.audited", q -> Integer.toString(q.audited())));
        table.getColumns().add(column("audit.queues.left", q -> Integer.toString(q.left())));
        Label hint = new Label(Messages.get("audit.queues.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        Label message = new Label();
        message.setId("audit-queues-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(controls, hint, table, message);
        model.load();
    }

    private static TableColumn<ReviewerQueue, String> column(String key, Function<ReviewerQueue, String> value) {
        TableColumn<ReviewerQueue, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
