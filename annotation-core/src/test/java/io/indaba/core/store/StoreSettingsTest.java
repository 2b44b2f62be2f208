package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.prefer.Judgement;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSettingsTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void open() {
        project = TestProjects.create(dir.resolve("settings.indaba"), 2);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void theWriterRunsWalWithFullSyncForeignKeysAndABusyTimeout() {
        Database db = project.database();
        assertEquals("wal", db.write(c -> text(c, "PRAGMA journal_mode")));
        assertEquals("2", db.write(c -> text(c, "PRAGMA synchronous")), "synchronous=FULL is 2");
        assertEquals("1", db.write(c -> text(c, "PRAGMA foreign_keys")));
        assertTrue(Integer.parseInt(db.write(c -> text(c, "PRAGMA busy_timeout"))) >= 1000);
        assertTrue(db.wal());
    }

    @Test
    void readersRunWalWithForeignKeysAndCannotWrite() {
        Database db = project.database();
        assertEquals("wal", db.read(c -> text(c, "PRAGMA journal_mode")));
        assertEquals("1", db.read(c -> text(c, "PRAGMA foreign_keys")));
        assertEquals("1", db.read(c -> text(c, "PRAGMA query_only")));
        assertThrows(StoreException.class, () -> db.read(c -> text(c, "DELETE FROM event")));
    }

    @Test
    void theFileHeaderCarriesTheSchemaVersionAndApplicationId() {
        project.close();
        ByteBuffer header = ByteBuffer.wrap(TestProjects.bytes(project.file()));
        // SQLite header: user_version at offset 60, application_id at 68, both big-endian.
        assertEquals(Migrations.LATEST, header.getInt(60));
        assertEquals(Migrations.APPLICATION_ID, header.getInt(68));
        project = Project.open(project.file());
        assertEquals(Migrations.LATEST, project.info().schemaVersion());
    }

    @Test
    void foreignKeysAreEnforced() {
        Judgement orphan = Judgement.pairwise("orphan", 9_999, "ann", "am", 1, 2, "A", 1);

        assertThrows(StoreException.class, () -> project.judgements().submit(orphan));

        assertEquals(false, project.judgements().exists("orphan"));
    }

    @Test
    void writesFromTheJavaFxThreadAreRefused() throws InterruptedException {
        TestProjects.Seeded seeded = TestProjects.seed(project);
        Throwable[] failure = new Throwable[1];
        Thread fx = new Thread(() -> {
            try {
                project.judgements().submit(TestProjects.judgement(seeded, "from-fx"));
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "JavaFX Application Thread");
        fx.start();
        fx.join();

        assertTrue(failure[0] instanceof IllegalStateException, String.valueOf(failure[0]));
        assertEquals(false, project.judgements().exists("from-fx"));
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
