package io.indaba.app.keys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.theme.Theme;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F1's list fits the screen, scrolls, keeps Close reachable and lists every shortcut. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ShortcutsDialogGuiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1200, 780));
        stage.show();
    }

    @Test
    void theListFitsTheScreenAndNamesEveryShortcut(FxRobot robot) throws Exception {
        Dialog<ButtonType>[] shown = new Dialog[1];
        robot.interact(() -> {
            shown[0] = ShortcutsDialog.create(stage, Theme.LIGHT);
            shown[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Dialog<ButtonType> dialog = shown[0];
        Window window = dialog.getDialogPane().getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        try {
            assertTrue(window.getHeight() <= screen.getHeight(), window.getHeight() + " px on a screen of "
                    + screen.getHeight());
            assertTrue(window.getY() >= screen.getMinY() && window.getY() + window.getHeight() <= screen.getMaxY(),
                    "the window is on the screen: y " + window.getY() + ", height " + window.getHeight());
            Node close = dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
            Bounds at = close.localToScreen(close.getBoundsInLocal());
            assertTrue(at.getMaxY() <= screen.getMaxY() && at.getMinY() >= screen.getMinY(), "Close is reachable: " + at);
            Set<String> listed = dialog.getDialogPane().lookupAll(".label").stream().map(n -> ((Label) n).getText())
                    .collect(Collectors.toSet());
            for (KeyMap key : KeyMap.values()) {
                assertTrue(listed.contains(key.description()), key + " is not listed");
            }
            assertTrue(dialog.getDialogPane().lookup("#shortcuts-scroll") != null, "the list scrolls");
        } finally {
            robot.interact(dialog::close);
        }
    }
}
