package io.indaba.app.keys;

import io.indaba.app.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Lists every shortcut of {@link KeyMap} (Help ▸ Keyboard shortcuts, F1). */
public final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    /** Shows the list and waits until the user closes it. */
    public static void show(Window owner, Theme theme) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        for (KeyMap key : KeyMap.values()) {
            Label keys = new Label(key.combination().getDisplayText());
            keys.getStyleClass().add(Styles.TAG);
            Label what = new Label(key.description());
            keys.setAccessibleText(key.description() + ": " + key.combination().getDisplayText());
            grid.addRow(row++, keys, what);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        dialog.showAndWait();
    }
}
