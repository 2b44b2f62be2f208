package io.indaba.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Recognises network and cloud-synced folders, where SQLite's WAL shared memory is unsafe. */
final class SyncedFolders {

    private static final Set<String> NETWORK_FILE_SYSTEMS =
            Set.of("nfs", "nfs4", "cifs", "smbfs", "smb2", "fuse.sshfs", "9p", "afpfs", "webdav", "davfs");
    private static final String[] CLOUD_FOLDERS = {"dropbox", "onedrive", "google drive", "googledrive", "icloud", "box sync"};

    private SyncedFolders() {
    }

    static boolean isRiskyForWal(Path file) {
        String lower = file.toAbsolutePath().toString().toLowerCase(Locale.ROOT);
        for (String cloud : CLOUD_FOLDERS) {
            if (lower.contains(cloud)) {
                return true;
            }
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            return dir != null && Files.exists(dir)
                    && NETWORK_FILE_SYSTEMS.contains(Files.getFileStore(dir).type().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }
}
