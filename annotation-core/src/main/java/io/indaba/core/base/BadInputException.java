package io.indaba.core.base;

import java.nio.file.Path;

/** Input that cannot be imported, named by file and line so the user can fix it. */
public final class BadInputException extends RuntimeException {

    private final transient Path file;
    private final long line;
    private final String reason;

    public BadInputException(Path file, long line, String reason) {
        this(file, line, reason, null);
    }

    public BadInputException(Path file, long line, String reason, Throwable cause) {
        super((file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** 1-based line (or record) number, 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    /** The same problem as a skipped-row record. */
    public BadRow asBadRow() {
        return new BadRow(file, line, reason);
    }
}
