package io.indaba.core.formats;

import io.indaba.core.store.Migrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Decides whether an export may write a file: never over a project, its journal or a backup, never over anything
 * that is not a regular file, and over an existing file only when the user said so ({@code --force}, or yes in the
 * export dialog). Every {@link AtomicFile} write asks it, so no exporter can forget.
 */
final class OutputGuard {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int APPLICATION_ID_OFFSET = 68;
    private static final String[] JOURNALS = {"-wal", "-shm", "-journal"};

    /**
     * Whether writes on this thread may replace existing files; {@link Export} sets it for the length of one export.
     * Outside an export (a format called directly, as tests do) ordinary files may be replaced, protected ones never.
     */
    private static final ThreadLocal<Scope> SCOPE = ThreadLocal.withInitial(() -> new Scope(true, null));

    /** One export's consent to replace files, and its project (whose header may not be on disk yet under WAL). */
    private record Scope(boolean replace, Path project) {
    }

    private OutputGuard() {
    }

    /** Runs one export of {@code project}'s data with replacing existing files allowed or refused. */
    static <T> T during(Path project, boolean replace, Supplier<T> body) {
        Scope before = SCOPE.get();
        SCOPE.set(new Scope(replace, project == null ? null : project.toAbsolutePath().normalize()));
        try {
            return body.get();
        } finally {
            SCOPE.set(before);
        }
    }

    /** Whether the running export may replace existing files. */
    static boolean mayReplace() {
        return SCOPE.get().replace();
    }

    /** Throws {@link RefusedOutputException} when {@code target} must not be written. */
    static void check(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw refuse(file, "is a folder; give a file name");
        }
        Path parent = file.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().endsWith(".backups")) {
            throw refuse(file, "is inside a project's backup folder; export somewhere else");
        }
        Path project = SCOPE.get().project();
        String name = file.getFileName().toString();
        if (project != null && (file.equals(project) || isJournalOf(file, project))) {
            throw refuse(file, "is the open project; export to another file");
        }
        for (String journal : JOURNALS) {
            if (name.endsWith(journal) && isDatabase(file.resolveSibling(name.substring(0, name.length() - journal.length())))) {
                throw refuse(file, "belongs to a database (its " + journal.substring(1) + " file); export somewhere else");
            }
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw refuse(file, "is not a regular file; export to a file");
        }
        if (isProject(file)) {
            throw refuse(file, "is an Indaba project; export to another file");
        }
        if (!mayReplace()) {
            throw refuse(file, "already exists; pass --force to replace it");
        }
    }

    /** Whether {@code file} is an SQLite database carrying Indaba's application id. */
    static boolean isProject(Path file) {
        byte[] head = head(file, APPLICATION_ID_OFFSET + 4);
        if (head.length < APPLICATION_ID_OFFSET + 4 || !startsWithMagic(head)) {
            return false;
        }
        return ByteBuffer.wrap(head, APPLICATION_ID_OFFSET, 4).getInt() == Migrations.APPLICATION_ID;
    }

    private static boolean isJournalOf(Path file, Path database) {
        return Arrays.stream(JOURNALS).anyMatch(j -> file.equals(database.resolveSibling(database.getFileName() + j)));
    }

    /** An SQLite file, or a project file whose first pages are still only in its WAL. */
    private static boolean isDatabase(Path file) {
        return Files.isRegularFile(file) && (file.getFileName().toString().endsWith(".indaba")
                || startsWithMagic(head(file, SQLITE_MAGIC.length)));
    }

    private static boolean startsWithMagic(byte[] head) {
        return head.length >= SQLITE_MAGIC.length
                && Arrays.equals(head, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length);
    }

    private static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static RefusedOutputException refuse(Path file, String why) {
        return new RefusedOutputException(file + ": " + why);
    }
}
