package io.indaba.core.formats;

/** An export refused to write a file (a project, a backup, a device, or an existing file not meant to be replaced). */
public final class RefusedOutputException extends IllegalArgumentException {
    public RefusedOutputException(String message) {
        super(message);
    }
}
