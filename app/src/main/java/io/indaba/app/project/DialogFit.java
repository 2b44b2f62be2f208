package io.indaba.app.project;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.control.Dialog;

/**
 * Resizes a dialog to its content when parts of it appear or disappear (format options, an error, a list of
 * conflicts); a dialog window otherwise keeps its first size and pushes its buttons out of sight.
 */
public final class DialogFit {

    private DialogFit() {
    }

    /** Refits {@code dialog} whenever one of {@code triggers} changes. */
    public static void refitOn(Dialog<?> dialog, Observable... triggers) {
        for (Observable trigger : triggers) {
            // Later, once the change has reached the layout.
            trigger.addListener(o -> Platform.runLater(() -> {
                if (dialog.isShowing()) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            }));
        }
    }
}
