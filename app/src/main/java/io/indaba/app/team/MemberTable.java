package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/** The annotator table: id, name, languages as chips, judgements, gold score (per language in a tooltip), assigned. */
final class MemberTable extends TableView<MemberRow> {

    MemberTable(ObservableList<MemberRow> rows) {
        super(rows);
        setId("team-members");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(34);
        setPlaceholder(new Label(Messages.get("team.noMembers")));
        // the page scrolls, so the table shows every row instead of scrolling inside it
        prefHeightProperty().bind(Bindings.max(3, Bindings.size(rows)).add(1.2).multiply(fixedCellSizeProperty()));
        getColumns().add(column("team.column.id", MemberRow::id, 110));
        getColumns().add(column("team.column.name", MemberRow::name, 140));
        TableColumn<MemberRow, List<LanguageChip>> languages = new TableColumn<>(Messages.get("team.column.languages"));
        languages.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().languages()));
        languages.setCellFactory(c -> new ChipCell());
        languages.setPrefWidth(420);
        languages.setSortable(false);
        getColumns().add(languages);
        getColumns().add(column("team.column.judgements", r -> Long.toString(r.judgements()), 110));
        getColumns().add(column("team.column.gold", MemberRow::goldScore, 110));
        getColumns().add(column("team.column.assigned", r -> Long.toString(r.assignments()), 90));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(MemberRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean detail = !empty && row != null && !row.goldDetail().isEmpty();
                setTooltip(detail ? new Tooltip(Messages.format("team.gold.detail", row.goldDetail())) : null);
                setId(empty || row == null ? null : "member-" + row.id());
            }
        });
    }

    private static TableColumn<MemberRow, String> column(String key, Function<MemberRow, String> value, double width) {
        TableColumn<MemberRow, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Languages as a row of chips; the cell's accessible text reads them as one list. */
    private static final class ChipCell extends TableCell<MemberRow, List<LanguageChip>> {
        private final FlowPane chips = new FlowPane(4, 4);

        @Override
        protected void updateItem(List<LanguageChip> languages, boolean empty) {
            super.updateItem(languages, empty);
            chips.getChildren().clear();
            if (empty || languages == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            for (LanguageChip chip : languages) {
                Label label = new Label(chip.text());
                label.getStyleClass().add(Styles.CHIP);
                chips.getChildren().add(label);
            }
            setAccessibleText(String.join(", ", languages.stream().map(LanguageChip::text).toList()));
            setGraphic(chips);
        }
    }
}
