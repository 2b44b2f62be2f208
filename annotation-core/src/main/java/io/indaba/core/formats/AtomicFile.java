package io.indaba.core.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file to a temporary sibling, fsyncs it and renames it into place: readers never see half a file. */
public final class AtomicFile {

    /** The body that writes the content. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Bytes written between background syncs: the final fsync then flushes at most about this much. */
    private static final long SYNC_EVERY = 64L << 20;

    /**
     * Writes {@code target} atomically; on any failure the target is untouched and the temporary file removed. A
     * target the {@link OutputGuard} protects (a project, a backup, a device, an existing file not to be replaced)
     * is refused with {@link RefusedOutputException}; a full disk fails with {@link DiskFullException}.
     */
    public static void write(Path target, Body body) throws IOException {
        write(target, body, SYNC_EVERY);
    }

    /** {@link #write(Path, Body)} with background syncs every {@code syncEvery} bytes (tests use small ones). */
    static void write(Path target, Body body, long syncEvery) throws IOException {
        Path absolute = target.toAbsolutePath();
        OutputGuard.check(absolute);
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        StalePartials.clean(dir);
        Path temp = null;
        try {
            try {
                temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".partial");
                writeAndSync(temp, body, syncEvery);
            } catch (IOException | RuntimeException e) {
                // the operating system's words ("No space left on device") name neither the file nor the remedy
                if (DiskFullException.isNoSpace(e)) {
                    throw new DiskFullException(absolute, e);
                }
                throw e;
            }
            keepMode(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void writeAndSync(Path temp, Body body, long syncEvery) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
            Syncer syncer = new Syncer(channel, syncEvery);
            try {
                // Writers such as Jackson close what they are given; the channel must stay open to be synced.
                body.write(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        syncer.wrote(len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                });
                out.flush();
            } finally {
                syncer.await();
            }
            syncer.rethrow();
            channel.force(true);
        }
    }

    /** A replaced file keeps its permissions: the temporary is created private (0600), which would narrow them. */
    private static void keepMode(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target)) {
            io.indaba.core.store.FileModes.copy(target, temp);
        }
    }

    /**
     * Flushes what has been written so far to the disk on a background thread every so many bytes, so
     * that a large file's final fsync (which the caller waits for) has only the tail left to write out.
     */
    private static final class Syncer {
        private final FileChannel channel;
        private final long every;
        private long written;
        private long requested;
        private Thread running;
        private volatile IOException failure;

        Syncer(FileChannel channel, long every) {
            this.channel = channel;
            this.every = every;
        }

        void wrote(int bytes) {
            written += bytes;
            if (written - requested >= every && (running == null || !running.isAlive())) {
                requested = written;
                running = Thread.ofPlatform().daemon().name("indaba-file-sync").start(() -> {
                    try {
                        channel.force(false);
                    } catch (IOException e) {
                        failure = e;
                    }
                });
            }
        }

        /** Waits for a sync in flight; the channel must not close under it. */
        void await() {
            if (running == null) {
                return;
            }
            boolean interrupted = false;
            while (running.isAlive()) {
                try {
                    running.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        void rethrow() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
