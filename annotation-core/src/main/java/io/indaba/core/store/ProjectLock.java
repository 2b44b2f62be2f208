package io.indaba.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * An OS file lock on the sidecar {@code NAME.lock} that says who uses a project: every open holds it shared, and
 * restore or move-aside needs it exclusive, so a file is never renamed under a process that writes to it.
 * See docs/decisions/0011-project-lock-file.md.
 */
public final class ProjectLock implements AutoCloseable {

    private static final long WAIT_FOR_RESTORE_MS = 3_000;

    // The JVM refuses overlapping locks from one process, so opens in this process share one OS lock.
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path key;
    private boolean released;

    private ProjectLock(Path key) {
        this.key = key;
    }

    /** The sidecar lock file of a project; it is never deleted, since deleting a lock file races with its users. */
    public static Path fileFor(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock shared for an open; waits a few seconds while a restore holds it, then refuses. A folder where
     * the lock file cannot be created is read-only, so nobody can rename the project there and no lock is needed.
     */
    static ProjectLock shared(Path project) {
        Path key = fileFor(project);
        long deadline = System.currentTimeMillis() + WAIT_FOR_RESTORE_MS;
        while (true) {
            synchronized (HELD) {
                Held held = HELD.get(key);
                if (held != null && !held.exclusive) {
                    held.users++;
                    return new ProjectLock(key);
                }
                if (held == null) {
                    Held fresh = take(key, true);
                    if (fresh != null) {
                        HELD.put(key, fresh);
                        return new ProjectLock(key);
                    }
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new StoreException(project.toAbsolutePath() + ": is being restored or moved aside by another "
                        + "process; try again when it has finished");
            }
            sleep();
        }
    }

    /** Takes the lock exclusively at once, or refuses because the project is open somewhere. */
    public static ProjectLock exclusive(Path project) {
        Path key = fileFor(project);
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                throw inUse(project, "it is open in this program");
            }
            Held fresh = take(key, false);
            if (fresh == null) {
                throw inUse(project, "close it there first");
            }
            HELD.put(key, fresh);
            return new ProjectLock(key);
        }
    }

    private static StoreException inUse(Path project, String hint) {
        return new StoreException(project.toAbsolutePath() + ": in use by another process (" + hint + ")");
    }

    /** Locks the file; null when another process holds a conflicting lock. */
    private static Held take(Path key, boolean shared) {
        FileChannel channel;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            return unlockedReadOnly(key, shared);
        } catch (FileSystemException e) {
            if (String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
                return unlockedReadOnly(key, shared);
            }
            throw new StoreException(key + ": cannot create the lock file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(key + ": cannot create the lock file: " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            if (lock == null) {
                channel.close();
                return null;
            }
            return new Held(channel, !shared);
        } catch (OverlappingFileLockException | IOException e) {
            closeQuietly(channel);
            return null;
        }
    }

    private static Held unlockedReadOnly(Path key, boolean shared) {
        if (!shared) {
            throw new StoreException(key.getParent() + ": the folder is read-only, so the project cannot be replaced");
        }
        return new Held(null, false);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the project lock", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the channel
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(key);
            if (held != null && --held.users == 0) {
                HELD.remove(key);
                if (held.channel != null) {
                    closeQuietly(held.channel);
                }
            }
        }
    }

    private static final class Held {
        final FileChannel channel;
        final boolean exclusive;
        int users = 1;

        Held(FileChannel channel, boolean exclusive) {
            this.channel = channel;
            this.exclusive = exclusive;
        }
    }
}
