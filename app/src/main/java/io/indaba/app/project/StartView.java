package io.indaba.app.project;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What the window shows when no project is open: recent projects, and buttons to create or open one. */
public final class StartView extends VBox {

    public StartView(ObservableList<Path> recent, Runnable newProject, Runnable open, Consumer<Path> openRecent,
                     Runnable openSample) {
        getStyleClass().add(Styles.START);
        setId("start-view");
        setMaxWidth(720);
        setAlignment(Pos.TOP_LEFT);
        Label title = new Label(Messages.get("start.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label intro = new Label(Messages.get("start.intro"));
        intro.getStyleClass().add(Styles.MUTED);
        intro.setWrapText(true);

        Button create = button("start-new", "start.new", newProject);
        create.getStyleClass().add(Styles.ACCENT);
        HBox actions = new HBox(10, create, button("start-open", "start.open", open),
                button("start-sample", "start.sample", openSample));

        Label recentHeading = new Label(Messages.get("start.recent"));
        recentHeading.getStyleClass().add(Styles.HEADING);
        ListView<Path> list = new ListView<>(recent);
        list.setId("recent-projects");
        list.setAccessibleText(Messages.get("start.recent"));
        list.setPlaceholder(new Label(Messages.get("start.noRecent")));
        list.setPrefHeight(320);
        list.setCellFactory(view -> new RecentCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                openRecent.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                openRecent.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        getChildren().addAll(title, intro, actions, recentHeading, list);
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setAccessibleText(Messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A recent project: its file name, and the folder it lives in, quieter. */
    private static final class RecentCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path path, boolean empty) {
            super.updateItem(path, empty);
            if (empty || path == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(String.valueOf(path.getFileName()));
            Label folder = new Label(String.valueOf(path.getParent()));
            folder.getStyleClass().add(Styles.MUTED);
            setGraphic(new VBox(2, name, folder));
            setAccessibleText(path.toString());
        }
    }
}
