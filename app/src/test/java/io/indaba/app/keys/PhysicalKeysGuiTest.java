package io.indaba.app.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A window with the resolver: menu accelerators, key handlers and a text field's own keys under a Russian layout. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class PhysicalKeysGuiTest {

    private final AtomicInteger themeToggled = new AtomicInteger();
    private final AtomicInteger strength = new AtomicInteger();
    private TextField field;

    @Start
    void start(Stage stage) {
        MenuItem dark = new MenuItem("Dark");
        dark.setAccelerator(KeyMap.TOGGLE_DARK.combination());
        dark.setOnAction(e -> themeToggled.incrementAndGet());
        field = new TextField("Ответ");
        VBox root = new VBox(new MenuBar(new Menu("View", null, dark)), field);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KeyMap.COMPARE_STRENGTH_2.combination().match(e)) {
                strength.set(2);
            }
        });
        stage.setScene(new Scene(root, 300, 200));
        PhysicalKeys.install(stage);
        stage.show();
        field.requestFocus();
    }

    @Test
    void ctrlShiftDOnARussianLayoutRunsTheMenuShortcut(FxRobot robot) {
        robot.interact(() -> Event.fireEvent(field, PhysicalKeysTest.pressed("В", true, true, false)));
        assertEquals(1, themeToggled.get());
    }

    @Test
    void ethiopicDigitRunsABareDigitKey(FxRobot robot) {
        robot.interact(() -> Event.fireEvent(field, PhysicalKeysTest.pressed("፪", false, false, false)));
        assertEquals(2, strength.get());
    }

    @Test
    void textFieldsOwnCtrlAWorksUnderARussianLayout(FxRobot robot) {
        robot.interact(() -> {
            field.deselect();
            Event.fireEvent(field, PhysicalKeysTest.pressed("ф", false, true, false));
        });
        assertEquals("Ответ", field.getSelectedText(), "Ctrl+A on the A key selects all");
        assertTrue(themeToggled.get() == 0);
    }
}
