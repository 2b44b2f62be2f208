package io.indaba.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps a file's POSIX permissions on the copies Indaba makes of it (backups, restores, replaced exports): new files
 * get the umask's or a temporary file's mode, which would widen a private (0600) project or narrow a shared export.
 */
public final class FileModes {

    private static final Set<PosixFilePermission> GROUP_OR_OTHER_READ =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private FileModes() {
    }

    /** Gives {@code target} the permissions of {@code source}; a no-op where the file system has none. */
    public static void copy(Path source, Path target) throws IOException {
        if (!posix(source) || !posix(target)) {
            return;
        }
        Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));
    }

    /** Makes the backup folder owner-only (0700) when the project itself is not readable by group or others. */
    static void privateFolderFor(Path project, Path folder) throws IOException {
        if (!posix(project) || !posix(folder) || !Files.exists(project)) {
            return;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(project);
        if (mode.stream().noneMatch(GROUP_OR_OTHER_READ::contains)) {
            Files.setPosixFilePermissions(folder, EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        }
    }

    private static boolean posix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
