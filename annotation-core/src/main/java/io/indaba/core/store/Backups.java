package io.indaba.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Rolling online backups with {@code VACUUM INTO} (never a file copy of a live database); keeps the newest ten. */
public final class Backups {

    /** How many backups are kept per project. */
    public static final int KEEP = 10;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String SUFFIX = ".indaba";
    private static final String PARTIAL = ".partial";
    private static final Duration STALE_PARTIAL = Duration.ofHours(1);

    private final Database db;

    Backups(Database db) {
        this.db = db;
    }

    /** The folder beside the project that holds its backups. */
    public static Path folderFor(Path project) {
        Path absolute = project.toAbsolutePath();
        return absolute.resolveSibling(stem(absolute) + ".backups");
    }

    /** Writes a consistent copy of the open project and prunes old copies; returns the new backup. */
    public Path create(String label) {
        Path folder = folderFor(db.file());
        try {
            Files.createDirectories(folder);
            FileModes.privateFolderFor(db.file(), folder);
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot create backup folder: " + e.getMessage(), e);
        }
        String name = stem(db.file()) + "-" + LocalDateTime.now().format(STAMP)
                + (label == null || label.isBlank() ? "" : "-" + label.replaceAll("[^A-Za-z0-9-]", "")) + SUFFIX;
        Path target = folder.resolve(name);
        Path partial = folder.resolve(name + PARTIAL);
        try {
            db.onWriter(c -> {
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, partial.toString());
                    ps.execute();
                }
                return null;
            });
        } catch (RuntimeException e) {
            // a failed copy (a full disk, say) is no backup: leave no partial file, empty or not
            deleteQuietly(partial);
            throw e;
        }
        try {
            FileModes.copy(db.file(), partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(target + ": cannot finish backup: " + e.getMessage(), e);
        }
        prune(db.file());
        return target;
    }

    /** The project's backups, newest first. */
    public static List<Path> list(Path project) {
        Path folder = folderFor(project);
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        String prefix = stem(project.toAbsolutePath()) + "-";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.endsWith(SUFFIX)) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            return found;
        }
        // The timestamp sorts lexically, so the name order is the age order.
        found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return found;
    }

    /** The newest backup of a project, if any. */
    public static Optional<Path> newestFor(Path project) {
        return list(project).stream().findFirst();
    }

    private static void prune(Path project) {
        List<Path> all = list(project);
        for (int i = KEEP; i < all.size(); i++) {
            deleteQuietly(all.get(i));
        }
        for (Path partial : stalePartials(project)) {
            deleteQuietly(partial);
        }
    }

    /**
     * Unfinished copies left by a backup that was killed; each can be as large as the project. Only old ones go,
     * so a backup still being written by another process is left alone.
     */
    static List<Path> stalePartials(Path project) {
        List<Path> found = new ArrayList<>();
        Path folder = folderFor(project);
        String prefix = stem(project.toAbsolutePath()) + "-";
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_PARTIAL));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*" + SUFFIX + PARTIAL)) {
            for (Path p : files) {
                if (Files.getLastModifiedTime(p).compareTo(cutoff) < 0) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a file we cannot delete does no harm; the next prune retries
        }
    }

    /**
     * Replaces a closed project with a backup. The current file is moved aside, never overwritten, and the backup
     * is checked to open before anything moves. Refuses while any process has the project open.
     */
    public static Path restore(Path backup, Path project) {
        try (Database check = Database.openReadOnly(backup)) {
            check.read(c -> null);
        }
        Path absolute = project.toAbsolutePath();
        try (ProjectLock alone = ProjectLock.exclusive(absolute)) {
            Path movedAside = null;
            Path staged = Restoring.fileFor(absolute);
            Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
            FileModes.copy(Files.exists(absolute) ? absolute : backup, staged);
            if (Files.exists(absolute)) {
                movedAside = Quarantine.moveAsideLocked(absolute, "replaced");
            }
            Files.move(staged, absolute, StandardCopyOption.ATOMIC_MOVE);
            return movedAside;
        } catch (IOException e) {
            throw new StoreException(absolute + ": restore failed: " + e.getMessage(), e);
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
