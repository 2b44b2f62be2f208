package io.indaba.app.project;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** A read-only field showing a chosen path, scrolled to its end: the file name matters more than the folders. */
public final class PathField extends TextField {

    /** Follows {@code path}; empty while it is null. */
    public PathField(ObservableValue<Path> path) {
        setEditable(false);
        setPrefColumnCount(40);
        Tooltip tip = new Tooltip();
        path.addListener((o, was, now) -> show(now, tip));
        show(path.getValue(), tip);
    }

    private void show(Path path, Tooltip tip) {
        String text = path == null ? "" : path.toString();
        setText(text);
        tip.setText(text);
        setTooltip(text.isEmpty() ? null : tip);
        // After layout, so the field knows its width when it scrolls.
        Platform.runLater(this::end);
    }
}
