package io.indaba.core.store;

import java.nio.file.Path;
import java.util.Optional;

/** A project file that cannot be opened, with the reason and the newest backup to offer instead. */
public final class ProjectOpenException extends StoreException {

    /** Why the file was refused. */
    public enum Reason { NOT_FOUND, NOT_SQLITE, FOREIGN, NEWER_SCHEMA, CORRUPT, LOCKED }

    private final Reason reason;
    private final Path file;
    private final Path newestBackup;

    public ProjectOpenException(Reason reason, Path file, String message, Path newestBackup, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
        this.newestBackup = newestBackup;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }

    /** Whether moving the file aside (with the user's consent) could help: only for damaged or foreign files. */
    public boolean canMoveAside() {
        return reason == Reason.CORRUPT || reason == Reason.NOT_SQLITE || reason == Reason.FOREIGN;
    }
}
