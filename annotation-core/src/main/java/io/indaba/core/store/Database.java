package io.indaba.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One project file: a single writer connection on its own thread (so writes are serialised and never run on the
 * UI thread) and a small pool of read connections. WAL, synchronous=FULL, foreign keys on, BEGIN IMMEDIATE.
 */
public final class Database implements AutoCloseable {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int READERS = 3;

    static {
        NativeLibraryFolder.use();
    }

    private final Path file;
    private final Connection writer;
    private final ExecutorService writerThread;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final boolean wal;
    private final ProjectLock lock;
    private final ReadOnlySidecars sidecars;
    private volatile Thread writerThreadRef;
    private volatile boolean closed;

    private Database(Path file, Connection writer, boolean wal, ProjectLock lock, ReadOnlySidecars sidecars) {
        this.file = file;
        this.writer = writer;
        this.wal = wal;
        this.lock = lock;
        this.sidecars = sidecars;
        this.writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "indaba-store-writer");
            t.setDaemon(true);
            writerThreadRef = t;
            return t;
        });
    }

    /** Creates a new project file; refuses to touch an existing one. */
    public static Database create(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException(absolute + ": already exists; choose another name (Indaba never overwrites a file)");
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(absolute.getParent() + ": cannot create folder: " + e.getMessage(), e);
        }
        ProjectLock lock = ProjectLock.shared(absolute);
        Database db;
        try {
            db = connect(absolute, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            db.write(c -> {
                Migrations.migrate(c);
                return null;
            });
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Opens an existing project file to read and write, upgrading an older schema after one backup per version. */
    public static Database open(Path file) {
        return open(file, false);
    }

    /**
     * Opens an existing project file only to read: no writer connection, no migration, no backup, nothing written,
     * so it never waits on another process's write transaction.
     */
    public static Database openReadOnly(Path file) {
        return open(file, true);
    }

    private static Database open(Path file, boolean readOnly) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw refuse(ProjectOpenException.Reason.NOT_FOUND, absolute, "no such project file", null);
        }
        // Identified before the lock is taken, so a file that is refused gains no lock file beside it.
        checkHeader(absolute);
        ReadOnlySidecars sidecars = readOnly ? ReadOnlySidecars.before(absolute) : null;
        int version = identify(absolute, readOnly);
        ProjectLock lock;
        try {
            lock = ProjectLock.shared(absolute);
        } catch (StoreException e) {
            throw new ProjectOpenException(ProjectOpenException.Reason.LOCKED, absolute, e.getMessage(), null, e);
        }
        try {
            Restoring.sweep(absolute);
            Database db = readOnly ? new Database(absolute, null, true, lock, sidecars) : connectExisting(absolute, lock);
            try {
                if (!readOnly && version < Migrations.LATEST) {
                    db.migrate(version);
                }
                return db;
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Database connectExisting(Path file, ProjectLock lock) {
        try {
            return connect(file, lock);
        } catch (StoreException e) {
            ProjectOpenException.Reason reason = e.getCause() instanceof SQLException sql
                    ? ProjectOpenException.reasonFor(sql) : ProjectOpenException.Reason.IO_ERROR;
            throw refuse(reason, file, "cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the schema version and checks the schema on a plain connection that sets nothing: the writer's settings
     * switch the file to WAL, which would rewrite the header of a foreign or newer file that must be refused untouched.
     */
    private static int identify(Path file, boolean readOnly) {
        int[] ids;
        List<String> differences = List.of();
        SQLiteConfig plain = new SQLiteConfig();
        plain.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection c = plain.createConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            ids = new int[] {Migrations.applicationId(c), Migrations.userVersion(c)};
            if (ids[0] == Migrations.APPLICATION_ID && ids[1] <= Migrations.LATEST) {
                differences = SchemaCheck.differences(c, ids[1]);
            }
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
        if (ids[0] != Migrations.APPLICATION_ID) {
            throw refuse(ProjectOpenException.Reason.FOREIGN, file, "is an SQLite database but not an Indaba project", null);
        }
        if (ids[1] > Migrations.LATEST) {
            throw refuse(ProjectOpenException.Reason.NEWER_SCHEMA, file,
                    "was written by a newer Indaba (schema " + ids[1] + "; this version reads up to "
                            + Migrations.LATEST + "); update Indaba to open it", null);
        }
        if (!differences.isEmpty()) {
            throw new ProjectOpenException(ProjectOpenException.Reason.SCHEMA_MISMATCH, file, file
                    + ": its tables differ from what Indaba creates (changed by another program?): "
                    + SchemaCheck.summary(differences), null, null, differences);
        }
        if (readOnly && ids[1] < Migrations.LATEST) {
            throw refuse(ProjectOpenException.Reason.NEEDS_UPGRADE, file, "has schema " + ids[1]
                    + " and must be upgraded to " + Migrations.LATEST + " first; open it in the app or run a command "
                    + "that writes (such as `indaba backup`)", null);
        }
        return ids[1];
    }

    /** Tells damage from I/O conditions; a file whose integrity check passes is never called damaged. */
    private static ProjectOpenException unreadable(Path file, SQLException e) {
        ProjectOpenException.Reason reason = ProjectOpenException.reasonFor(e);
        if (reason == ProjectOpenException.Reason.CORRUPT && IntegrityProbe.passes(file)) {
            reason = ProjectOpenException.Reason.IO_ERROR;
        }
        String why = switch (reason) {
            case CORRUPT -> "is damaged: ";
            case LOCKED -> "is in use: ";
            default -> "cannot be opened, though the file itself is sound: ";
        };
        return refuse(reason, file, why + describe(e), e);
    }

    private void migrate(int from) {
        String label = "before-migration-v" + from;
        // One backup per schema version: a failed upgrade retried every start must not fill the backup folder.
        boolean taken = Backups.list(file).stream().anyMatch(b -> b.getFileName().toString().endsWith(label + ".indaba"));
        if (!taken) {
            new Backups(this).create(label);
        }
        write(c -> {
            Migrations.migrate(c);
            return null;
        });
    }
    private static void checkHeader(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw refuse(ProjectOpenException.Reason.IO_ERROR, file, "cannot be read: " + e.getMessage(), e);
        }
        if (read == 0) {
            throw refuse(ProjectOpenException.Reason.NOT_SQLITE, file, "is empty, not an Indaba project", null);
        }
        if (read < head.length || !java.util.Arrays.equals(head, SQLITE_MAGIC)) {
            throw refuse(ProjectOpenException.Reason.NOT_SQLITE, file, "is not an Indaba project (not an SQLite database)", null);
        }
    }

    private static ProjectOpenException refuse(ProjectOpenException.Reason reason, Path file, String why, Throwable cause) {
        Path newest = Backups.newestFor(file).orElse(null);
        String offer = newest == null ? "" : "; newest backup: " + newest;
        return new ProjectOpenException(reason, file, file + ": " + why + offer, newest, cause);
    }

    private static Database connect(Path file, ProjectLock lock) {
        boolean wal = !SyncedFolders.isRiskyForWal(file);
        try {
            // Auto-commit, with BEGIN IMMEDIATE per write: sqlite-jdbc's manual-commit mode holds a write lock from
            // open to close, which made every other process's open wait and fail "busy".
            Connection c = config(wal).createConnection("jdbc:sqlite:" + file);
            Database db = new Database(file, c, wal, lock, null);
            if (!wal) {
                db.warnings.add(file.getParent() + " looks like a network or cloud-synced folder: WAL is off, "
                        + "so keep the project closed on other machines while you work on it");
            }
            return db;
        } catch (SQLException e) {
            throw new StoreException(file + ": " + describe(e), e);
        }
    }

    private static SQLiteConfig config(boolean wal) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(wal ? SQLiteConfig.JournalMode.WAL : SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    /** Readers set no journal mode: that pragma may write, and a reader must never wait on a writer. */
    private static SQLiteConfig readerConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config;
    }

    private void refuseReadOnly() {
        if (writer == null) {
            throw new StoreException(file + ": opened read-only; this command cannot change the project");
        }
    }

    /** Whether this open may write. */
    public boolean readOnly() {
        return writer == null;
    }

    /** Online backups of this file. */
    public Backups backups() {
        return new Backups(this);
    }

    /** The project file. */
    public Path file() {
        return file;
    }

    /** Warnings raised on open (e.g. WAL disabled on a synced folder). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Whether the file runs in WAL mode. */
    public boolean wal() {
        return wal;
    }

    /**
     * Runs {@code work} in one write transaction on the writer thread and returns once it is durably committed.
     * Nested calls from inside a write run in the enclosing transaction.
     */
    public <T> T write(SqlWork<T> work) {
        refuseReadOnly();
        if (Thread.currentThread() == writerThreadRef) {
            return runUnchecked(work, writer);
        }
        refuseUiThread();
        return await(writerThread.submit(() -> inTransaction(work)));
    }

    /** Like {@link #write} but returns at once; the future completes after the commit. */
    public <T> CompletableFuture<T> writeAsync(SqlWork<T> work) {
        ensureOpen();
        refuseReadOnly();
        return CompletableFuture.supplyAsync(() -> inTransaction(work), writerThread);
    }

    /** Runs {@code work} on the writer connection outside a transaction (VACUUM INTO, checkpoints). */
    <T> T onWriter(SqlWork<T> work) {
        refuseUiThread();
        if (writer == null) {
            return read(work);
        }
        return await(writerThread.submit(() -> {
            ensureOpen();
            try {
                return work.run(writer);
            } catch (SQLException e) {
                throw new StoreException(file + ": " + describe(e), e);
            }
        }));
    }

    /** Runs read-only {@code work} on a pooled read connection (a consistent snapshot in WAL mode). */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection c = borrowReader();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + describe(e), e);
        } finally {
            readers.offer(c);
        }
    }

    private Connection borrowReader() {
        Connection c = readers.poll();
        if (c != null) {
            return c;
        }
        synchronized (allReaders) {
            if (allReaders.size() < READERS) {
                try {
                    Connection fresh = readerConfig().createConnection("jdbc:sqlite:" + file);
                    try (Statement s = fresh.createStatement()) {
                        s.execute("PRAGMA query_only = 1");
                    }
                    allReaders.add(fresh);
                    return fresh;
                } catch (SQLException e) {
                    throw new StoreException(file + ": " + describe(e), e);
                }
            }
        }
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection", e);
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        ensureOpen();
        try {
            exec("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw new StoreException(describe(e), e);
        }
        try {
            T result = work.run(writer);
            exec("COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                exec("ROLLBACK");
            } catch (SQLException rollbackFailure) {
                // SQLite may have rolled back already (a full disk does that); nothing is left to undo then.
                if (!String.valueOf(rollbackFailure.getMessage()).contains("no transaction is active")) {
                    e.addSuppressed(rollbackFailure);
                }
            }
            if (e instanceof SQLException sql) {
                throw new StoreException(file + ": " + describe(sql), sql);
            }
            throw (RuntimeException) e;
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute(sql);
        }
    }

    private <T> T runUnchecked(SqlWork<T> work, Connection c) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + describe(e), e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the project file", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StoreException(String.valueOf(cause.getMessage()), cause);
        }
    }

    private static void refuseUiThread() {
        // The UI must never wait on disk; a write from the FX thread is a bug, not a slow path.
        if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("project store used on the JavaFX thread; run it as background work");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException(file + ": project is closed");
        }
    }

    /** Turns an SQLite error into a line a user can act on. */
    static String describe(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
                return "a record refers to another that does not exist (sqlite_constraint_foreignkey)";
            }
            String base = switch (code.code & 0xFF) {
                case 13 -> "the disk is full";
                case 10 -> code == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE ? "the disk is full" : "a disk input/output error occurred";
                case 11, 26 -> "the file is damaged or not a database";
                case 5, 6 -> "the project is busy in another program";
                case 8 -> "the file is read-only";
                case 14 -> "cannot open the file: its folder is missing or not writable";
                case 1 -> "the database refused the operation" + detail(e);
                case 19 -> "a record conflicts with an existing one";
                default -> null;
            };
            if (base != null) {
                return base + " (" + code.name().toLowerCase(Locale.ROOT) + ")";
            }
        }
        return String.valueOf(e.getMessage());
    }

    /** SQLite's own detail, the text in parentheses after its generic "[SQLITE_ERROR] SQL error..." phrase. */
    private static String detail(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int open = m.indexOf('(');
        return open >= 0 && m.endsWith(")") ? ": " + m.substring(open + 1, m.length() - 1) : "";
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            writerThread.submit(() -> null).get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // close anyway
        }
        closed = true;
        writerThread.shutdown();
        try {
            writerThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (allReaders) {
            for (Connection c : allReaders) {
                closeQuietly(c);
            }
            allReaders.clear();
        }
        if (writer != null) {
            closeQuietly(writer);
        }
        lock.close();
        if (sidecars != null) {
            sidecars.removeIfLeft();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing more to do
        }
    }
}
