package io.indaba.core.cli;

import io.indaba.core.base.BadInputException;

/**
 * A failed command as {@code --json} prints it: the one-line message, and for bad input the file, line and reason
 * apart, so a script need not parse the message.
 */
record JsonFailure(Error error) {

    /** What went wrong; file, line and reason are null unless the input was bad. */
    record Error(String message, String file, Long line, String reason) {
    }

    static JsonFailure of(Throwable ex, String message) {
        BadInputException bad = Main.causeOf(ex, BadInputException.class);
        if (bad == null) {
            return new JsonFailure(new Error(message, null, null, null));
        }
        return new JsonFailure(new Error(message, bad.file() == null ? null : bad.file().toString(),
                bad.line() > 0 ? bad.line() : null, bad.reason()));
    }
}
