package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.app.keys.KeyMap;
import io.indaba.app.theme.AppFonts;
import io.indaba.app.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The language's character palette as small buttons that insert at the caret of the field being edited. */
final class PaletteBar extends HBox {

    private final Consumer<String> insert;
    private List<CharacterPalette.Key> keys = List.of();

    PaletteBar(Consumer<String> insert) {
        this.insert = insert;
        getStyleClass().add(EditorStyles.PALETTE);
        setId("editor-palette");
    }

    /** Shows the palette of {@code lang}. */
    void show(String lang) {
        keys = CharacterPalette.forLanguage(lang);
        getChildren().clear();
        if (keys.isEmpty()) {
            return;
        }
        Label title = new Label(Messages.get("translate.palette"));
        title.getStyleClass().add(Styles.MUTED);
        getChildren().add(title);
        for (int i = 0; i < keys.size(); i++) {
            CharacterPalette.Key key = keys.get(i);
            Button button = new Button(key.label());
            button.setId("palette-" + i);
            // Never take focus: the caret must stay in the field the character goes into.
            button.setFocusTraversable(false);
            String family = AppFonts.familyFor(key.insert());
            if (family != null) {
                button.setStyle("-fx-font-family: '" + family + "';");
            }
            String shortcut = i < KeyMap.PALETTE.size() ? KeyMap.PALETTE.get(i).combination().getDisplayText() : "";
            button.setTooltip(new Tooltip(String.format("U+%04X  %s", key.insert().codePointAt(0), shortcut)));
            button.setAccessibleText(Messages.format("translate.paletteAccessible",
                    String.format("U+%04X", key.insert().codePointAt(0))));
            button.setOnAction(e -> insert.accept(key.insert()));
            getChildren().add(button);
        }
    }

    /** Inserts palette key {@code index} (Alt+1 is 0); returns false when there is no such key. */
    boolean press(int index) {
        if (index < 0 || index >= keys.size()) {
            return false;
        }
        insert.accept(keys.get(index).insert());
        return true;
    }
}
