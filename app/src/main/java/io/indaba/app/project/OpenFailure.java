package io.indaba.app.project;

import io.indaba.core.store.ProjectOpenException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a project did not open, as the user sees it: one line, and the two ways out the store offers (move the
 * damaged file aside, open the newest backup).
 */
public record OpenFailure(Path file, String reason, boolean canMoveAside, Optional<Path> newestBackup) {

    /** The failure for any exception from opening {@code file}; never carries a stack trace to the screen. */
    public static OpenFailure of(Path file, Throwable error) {
        if (error instanceof ProjectOpenException refused) {
            return new OpenFailure(file, oneLine(refused.getMessage()), refused.canMoveAside(), refused.newestBackup());
        }
        return new OpenFailure(file, reasonOf(error), false, Optional.empty());
    }

    /** One line saying why {@code error} happened: its message, or its kind when it has none. */
    public static String reasonOf(Throwable error) {
        return oneLine(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    /** The first line of a message, for dialogs that must stay one line. */
    public static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
