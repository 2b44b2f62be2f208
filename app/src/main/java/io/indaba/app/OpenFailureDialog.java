package io.indaba.app;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.theme.Styles;
import io.indaba.app.theme.Theme;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Tells the user in one line why a project did not open and offers the ways out the store allows: move a damaged
 * file aside (only after a second, explicit yes; nothing is deleted) and open the newest backup. Close is the
 * default. Never a stack trace.
 */
public final class OpenFailureDialog {

    /** Renames the damaged file beside itself. */
    public static final ButtonType MOVE_ASIDE = new ButtonType(Messages.get("openFailure.moveAside"), ButtonBar.ButtonData.LEFT);
    /** Restores the newest backup in place and opens it. */
    public static final ButtonType OPEN_BACKUP = new ButtonType(Messages.get("openFailure.openBackup"), ButtonBar.ButtonData.OK_DONE);

    private OpenFailureDialog() {
    }

    /** Shows the failure, then acts on the chosen button through the main view model. */
    public static void show(Window owner, Theme theme, OpenFailure failure, MainViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("openFailure.title"));
        dialog.setHeaderText(Messages.format("openFailure.header", failure.file().getFileName()));
        dialog.getDialogPane().setId("open-failure-dialog");
        dialog.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        Label reason = new Label(failure.reason());
        reason.setId("open-failure-reason");
        reason.setWrapText(true);
        reason.setMaxWidth(520);
        VBox content = new VBox(10, reason);
        if (failure.canMoveAside()) {
            Label explain = new Label(Messages.get("openFailure.moveAsideExplained"));
            explain.getStyleClass().add(Styles.MUTED);
            explain.setWrapText(true);
            explain.setMaxWidth(520);
            content.getChildren().add(explain);
            dialog.getDialogPane().getButtonTypes().add(MOVE_ASIDE);
        }
        if (failure.newestBackup().isPresent()) {
            Label backup = new Label(Messages.format("openFailure.backupOffered", failure.newestBackup().get().getFileName()));
            backup.getStyleClass().add(Styles.MUTED);
            content.getChildren().add(backup);
            dialog.getDialogPane().getButtonTypes().add(OPEN_BACKUP);
        }
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content);
        safeDefault(dialog);
        Optional<ButtonType> choice = dialog.showAndWait();
        if (choice.isPresent() && choice.get() == MOVE_ASIDE) {
            if (confirmMoveAside(owner, theme, failure)) {
                model.moveAside(failure);
            } else {
                model.dismissFailure();
            }
        } else if (choice.isPresent() && choice.get() == OPEN_BACKUP) {
            model.openNewestBackup(failure);
        } else {
            model.dismissFailure();
        }
    }

    /**
     * Enter and Escape both mean Close, the action that changes nothing; every other button needs a click or Tab.
     * Without this the first button (Move aside) had the focus, and Enter renamed the user's file.
     */
    static void safeDefault(Dialog<ButtonType> dialog) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            if (dialog.getDialogPane().lookupButton(type) instanceof Button button) {
                button.setDefaultButton(type == ButtonType.CLOSE);
                button.setCancelButton(type == ButtonType.CLOSE);
            }
        }
        Node close = dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        dialog.setOnShown(e -> close.requestFocus());
    }

    /** Asks before renaming: the file name, where it goes, and that nothing is deleted. Cancel is the default. */
    private static boolean confirmMoveAside(Window owner, Theme theme, OpenFailure failure) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("openFailure.confirmMoveAside",
                failure.file().getFileName(), failure.file().getParent()), MOVE_ASIDE, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setHeaderText(Messages.format("openFailure.confirmMoveAsideHeader", failure.file().getFileName()));
        confirm.getDialogPane().setId("move-aside-confirm");
        confirm.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        for (ButtonType type : confirm.getButtonTypes()) {
            Button button = (Button) confirm.getDialogPane().lookupButton(type);
            button.setDefaultButton(type == ButtonType.CANCEL);
        }
        return confirm.showAndWait().filter(b -> b == MOVE_ASIDE).isPresent();
    }
}
