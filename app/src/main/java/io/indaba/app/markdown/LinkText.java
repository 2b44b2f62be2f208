package io.indaba.app.markdown;

import java.util.function.Consumer;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;

/** Link text inside a paragraph: wraps and reorders with the prose, and hands its address over only when activated. */
final class LinkText extends Text {

    private final String url;
    private final Consumer<String> onOpen;

    /** {@code shown} is what the reader sees; {@code url} is what {@code onOpen} receives on click, Enter or Space. */
    LinkText(String shown, String url, Consumer<String> onOpen) {
        super(shown);
        this.url = url;
        this.onOpen = onOpen;
        getStyleClass().add(MarkdownStyles.LINK);
        // a Text rather than a Hyperlink so that long labels wrap and take part in the paragraph's bidi order
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.HYPERLINK);
        setAccessibleText(shown + ", " + ShownUrl.of(url));
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) open();
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                open();
                event.consume();
            }
        });
    }

    private void open() {
        onOpen.accept(url);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            open();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
