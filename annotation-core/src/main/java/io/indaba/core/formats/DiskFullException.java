package io.indaba.core.formats;

import java.io.IOException;
import java.nio.file.Path;

/** The disk (or the user's quota) filled up while a file was written; the message names the file. */
public final class DiskFullException extends IOException {

    public DiskFullException(Path file, Throwable cause) {
        super("disk full while writing " + file + "; free some space and try again", cause);
    }

    /** Whether {@code e} or one of its causes is the operating system's "no space" error. */
    static boolean isNoSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (t instanceof DiskFullException
                    || m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }
}
