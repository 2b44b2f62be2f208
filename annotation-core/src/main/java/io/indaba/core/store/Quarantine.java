package io.indaba.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Moves a damaged or replaced project file aside, with its WAL and shared-memory files; never deletes. */
public final class Quarantine {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Quarantine() {
    }

    /**
     * Renames {@code file} to {@code <name>.<why>-<time>} beside it and returns the new path; refuses while any
     * process has the project open, since its writes would land in the renamed file.
     */
    public static Path moveAside(Path file, String why) throws IOException {
        try (ProjectLock alone = ProjectLock.exclusive(file)) {
            return moveAsideLocked(file, why);
        }
    }

    /** Moves the file aside; the caller holds the project lock exclusively. */
    static Path moveAsideLocked(Path file, String why) throws IOException {
        Path absolute = file.toAbsolutePath();
        String stamp = LocalDateTime.now().format(STAMP);
        Path target = absolute.resolveSibling(absolute.getFileName() + "." + why + "-" + stamp);
        int n = 1;
        while (Files.exists(target)) {
            target = absolute.resolveSibling(absolute.getFileName() + "." + why + "-" + stamp + "-" + n++);
        }
        Files.move(absolute, target, StandardCopyOption.ATOMIC_MOVE);
        for (String side : new String[] {"-wal", "-shm"}) {
            Path sidecar = absolute.resolveSibling(absolute.getFileName() + side);
            if (Files.exists(sidecar)) {
                Files.move(sidecar, target.resolveSibling(target.getFileName() + side), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return target;
    }
}
