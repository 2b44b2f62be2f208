package io.indaba.app.project;

import io.indaba.app.theme.Theme;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The common frame of the File-menu dialogs that run background work: owner, theme, id, title and header. */
public final class TaskDialogs {

    private TaskDialogs() {
    }

    /** A resizable dialog over {@code owner}, styled with the current theme, with the given id, title and header. */
    public static Dialog<ButtonType> create(Window owner, Theme theme, String id, String title, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        return dialog;
    }
}
