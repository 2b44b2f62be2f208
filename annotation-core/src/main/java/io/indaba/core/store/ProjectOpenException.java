package io.indaba.core.store;

import java.nio.file.Path;
import java.util.Optional;

/** A project file that cannot be opened, with the reason and the newest backup to offer instead. */
public final class ProjectOpenException extends StoreException {

    /** Why the file was refused. */
    public enum Reason {
        NOT_FOUND, NOT_SQLITE, FOREIGN, NEWER_SCHEMA, CORRUPT, LOCKED,
        /** The disk or quota is full: nothing is wrong with the file. */
        DISK_FULL,
        /** The file or its folder cannot be written (permissions, read-only mount). */
        READ_ONLY,
        /** The operating system failed to open or read the file; the file may be fine. */
        IO_ERROR,
        /** Tables, columns, indexes, triggers or views differ from what Indaba's migrations create. */
        SCHEMA_MISMATCH,
        /** An older schema that only a writing open may upgrade. */
        NEEDS_UPGRADE
    }

    private final Reason reason;
    private final Path file;
    private final Path newestBackup;

    private final java.util.List<String> details;

    public ProjectOpenException(Reason reason, Path file, String message, Path newestBackup, Throwable cause) {
        this(reason, file, message, newestBackup, cause, java.util.List.of());
    }

    public ProjectOpenException(Reason reason, Path file, String message, Path newestBackup, Throwable cause,
                                java.util.List<String> details) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
        this.newestBackup = newestBackup;
        this.details = java.util.List.copyOf(details);
    }

    /** Each finding behind the refusal (e.g. every schema difference); empty when the message says it all. */
    public java.util.List<String> details() {
        return details;
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

    /**
     * Whether moving the file aside (with the user's consent) could help: only for a damaged project. Never for
     * I/O conditions (full disk, read-only folder, busy) that leave a healthy file behind, nor for a file that is
     * simply not a project (a text file, another program's database): nothing is wrong with it to set aside.
     */
    public boolean canMoveAside() {
        return reason == Reason.CORRUPT;
    }

    /** What an SQLite failure says about a file: damage only for CORRUPT and NOTADB, else an I/O condition. */
    public static Reason reasonFor(java.sql.SQLException e) {
        if (!(e instanceof org.sqlite.SQLiteException sqlite)) {
            return Reason.IO_ERROR;
        }
        if (sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_IOERR_SHMSIZE) {
            return Reason.DISK_FULL; // the shared-memory file could not grow: no space left
        }
        return switch (sqlite.getResultCode().code & 0xFF) {
            case 11, 26 -> Reason.CORRUPT;
            case 13 -> Reason.DISK_FULL;
            case 8, 3 -> Reason.READ_ONLY;
            case 5, 6 -> Reason.LOCKED;
            default -> Reason.IO_ERROR;
        };
    }
}
