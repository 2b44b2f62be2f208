package io.indaba.app.keys;

import io.indaba.app.common.Messages;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Lists every shortcut of {@link KeyMap} by where it applies (Help ▸ Keyboard shortcuts, F1), scrolling. */
public final class ShortcutsDialog {

    /** The list's height where the screen allows; the whole list is several screens tall. */
    private static final double VIEWPORT_HEIGHT = 560;

    private ShortcutsDialog() {
    }

    /** Shows the list and waits until the user closes it. */
    public static void show(Window owner, Theme theme) {
        create(owner, theme).showAndWait();
    }

    /** The dialog, sized to fit the owner's screen with its Close button on it. */
    static Dialog<ButtonType> create(Window owner, Theme theme) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        for (KeyMap.Scope scope : KeyMap.Scope.values()) {
            Label heading = new Label(heading(scope));
            heading.getStyleClass().add(Styles.HEADING);
            grid.add(heading, 0, row++, 2, 1);
            for (KeyMap key : KeyMap.values()) {
                if (key.scope() != scope) {
                    continue;
                }
                Label keys = new Label(key.combination().getDisplayText());
                keys.getStyleClass().add(Styles.TAG);
                Label what = new Label(key.description());
                keys.setAccessibleText(key.description() + ": " + key.combination().getDisplayText());
                grid.addRow(row++, keys, what);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("shortcuts-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // title bar, padding and the button bar take about 200 px of what the screen offers
        scroll.setPrefViewportHeight(Math.min(VIEWPORT_HEIGHT, screenOf(owner).getHeight() - 200));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        dialog.setResizable(true);
        return dialog;
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary().getVisualBounds();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    private static String heading(KeyMap.Scope scope) {
        return switch (scope) {
            case GLOBAL -> Messages.get("shortcuts.global");
            case COMPARE -> Messages.get("shortcuts.compare");
            case RANK -> Messages.get("shortcuts.rank");
            case TRANSLATE -> Messages.get("shortcuts.translate");
            case REVIEW -> Messages.get("shortcuts.review");
            case AUDIT -> Messages.get("shortcuts.audit");
        };
    }
}
