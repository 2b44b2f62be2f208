package io.indaba.core.audit;

import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

/** Cultural audits of items per language. */
public final class Audits {

    private final Database db;

    public Audits(Database db) {
        this.db = db;
    }

    /** Records an audit durably and returns its id. */
    public long record(Audit audit) {
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit (item_id, lang, reviewer_id, labels, note, "
                    + "resolution, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, audit.itemId());
                ps.setString(2, audit.lang());
                ps.setString(3, audit.reviewerId());
                ps.setString(4, Json.write(audit.labels()));
                ps.setString(5, audit.note());
                ps.setString(6, audit.resolution());
                ps.setString(7, Clock.now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            EventLog.append(c, audit.reviewerId(), "audit.recorded", "audit", id, Map.of("item", audit.itemId(), "lang", audit.lang()));
            return id;
        });
    }

    /** Audit counts per language. */
    public Map<String, Long> countsByLanguage() {
        return db.read(c -> io.indaba.core.store.Counts.byKey(c, "SELECT lang, count(*) FROM audit GROUP BY lang"));
    }
}
