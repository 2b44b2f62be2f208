package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's failures reach the user in words and with the file's name, never as bare "[SQLITE_ERROR]". */
class SqliteMessageTest {

    @TempDir
    Path dir;

    @Test
    void cantOpenAndSqlErrorAreTranslated() {
        String cantOpen = Database.describe(new SQLiteException(
                "[SQLITE_CANTOPEN] Unable to open the database file (unable to open database file)",
                SQLiteErrorCode.SQLITE_CANTOPEN));
        assertTrue(cantOpen.startsWith("cannot open the file"), cantOpen);
        String error = Database.describe(new SQLiteException(
                "[SQLITE_ERROR] SQL error or missing database (no such table: nope)", SQLiteErrorCode.SQLITE_ERROR));
        assertEquals("the database refused the operation: no such table: nope (sqlite_error)", error);
        assertFalse(error.contains("[SQLITE"), error);
    }

    @Test
    void aFailedStatementNamesTheProjectFile() {
        Path file = dir.resolve("named.indaba");
        try (Database db = Database.create(file)) {
            StoreException e = assertThrows(StoreException.class, () -> db.write(c -> {
                c.createStatement().execute("SELECT * FROM nope");
                return null;
            }));
            assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("[SQLITE_ERROR]"), e.getMessage());
        }
    }
}
