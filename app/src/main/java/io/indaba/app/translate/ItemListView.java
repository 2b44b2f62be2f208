package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.core.item.ItemKind;
import io.indaba.core.base.LanguageTags;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The item list: language, status, QA-check and text filters above a virtualised list read page by page. */
final class ItemListView extends VBox {

    final TextField search = new TextField();
    final ListView<ItemRow> list = new ListView<>();
    private final ItemListViewModel model;
    private boolean selecting;

    ItemListView(ItemListViewModel model) {
        this.model = model;
        setId("editor-list");
        setSpacing(6);
        setPadding(new javafx.geometry.Insets(8));
        setPrefWidth(290);
        setMinWidth(220);

        ComboBox<String> language = new ComboBox<>(model.languages());
        language.setId("editor-language");
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : LanguageTags.displayName(tag) + " (" + tag + ")";
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        language.setMaxWidth(Double.MAX_VALUE);
        language.setAccessibleText(Messages.get("translate.language"));

        ComboBox<StatusFilter> status = new ComboBox<>(FXCollections.observableArrayList(StatusFilter.values()));
        status.setId("editor-status-filter");
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatusFilter filter) {
                return filter == null ? "" : filter.label();
            }

            @Override
            public StatusFilter fromString(String text) {
                return StatusFilter.ANY;
            }
        });
        status.setMaxWidth(Double.MAX_VALUE);
        status.setAccessibleText(Messages.get("translate.statusFilter"));

        List<String> checks = new ArrayList<>();
        checks.add(null);
        checks.addAll(QaViewModel.checkIds());
        ComboBox<String> check = new ComboBox<>(FXCollections.observableArrayList(checks));
        check.setId("editor-check-filter");
        check.valueProperty().bindBidirectional(model.checkIdProperty());
        check.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? Messages.get("translate.anyFinding") : id;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        check.setMaxWidth(Double.MAX_VALUE);
        check.setAccessibleText(Messages.get("translate.checkFilter"));

        search.setId("editor-search");
        search.setPromptText(Messages.get("translate.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(e -> model.applySearch());
        CheckBox regex = new CheckBox(Messages.get("translate.regex"));
        regex.selectedProperty().bindBidirectional(model.regexProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        list.setId("editor-items");
        list.setItems(model.rows());
        list.setCellFactory(view -> new RowCell());
        list.setAccessibleText(Messages.get("translate.items"));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !selecting) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            selecting = true;
            list.getSelectionModel().select(now);
            selecting = false;
            if (now != null) {
                list.scrollTo(Math.max(0, model.rows().indexOf(now) - 3));
            }
        });
        HBox searchRow = new HBox(6, search, regex);
        searchRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        regex.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(language, status, check, searchRow, error, list);
    }

    /** One row: external id, kind, status badge and the start of the source; near the end it reads the next page. */
    private final class RowCell extends ListCell<ItemRow> {
        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (getIndex() >= model.rows().size() - 20) {
                // Virtualised: only cells near the end of what was read ask for more.
                javafx.application.Platform.runLater(model::loadMore);
            }
            Label id = new Label(row.externalId());
            id.getStyleClass().add(EditorStyles.ID);
            String kind = row.kind() == ItemKind.WINOGRANDE ? Messages.get("translate.kind.winogrande")
                    : row.kind() == ItemKind.MCQ ? Messages.get("translate.kind.mcq") : Messages.get("translate.kind.text");
            Label status = new Label(StatusLabels.of(row.status()));
            status.getStyleClass().addAll(EditorStyles.STATUS, EditorStyles.status(row.status()));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            // the kind and the start of the source wrap below id and status: a narrow list cuts nothing short
            Label preview = new Label(kind + " · " + row.preview());
            preview.getStyleClass().add(Styles.MUTED);
            preview.setWrapText(true);
            preview.setMinWidth(0);
            status.setMinWidth(Region.USE_PREF_SIZE);
            id.setMinWidth(0);
            id.setWrapText(true);
            VBox box = new VBox(2, new HBox(6, id, grow, status), preview);
            box.getStyleClass().add(EditorStyles.LIST_CELL);
            setGraphic(box);
            setText(null);
            // A zero preferred width makes the cell follow the list's width: no sideways scrolling.
            setPrefWidth(0);
            setAccessibleText(row.externalId() + ", " + StatusLabels.of(row.status()));
        }
    }
}
