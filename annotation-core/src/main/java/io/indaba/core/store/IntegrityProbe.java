package io.indaba.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** A second opinion before a file is called damaged: SQLite's own integrity check on a connection that writes nothing. */
final class IntegrityProbe {

    private IntegrityProbe() {
    }

    /** Whether {@code PRAGMA integrity_check} reads the whole file and answers "ok". */
    static boolean passes(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(2_000);
        // Not SQLITE_OPEN_READONLY: a read-only connection leaves -wal and -shm behind on close.
        try (Connection c = config.createConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = 1");
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(1)")) {
                return rs.next() && "ok".equals(rs.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
