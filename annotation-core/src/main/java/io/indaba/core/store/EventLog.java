package io.indaba.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The append-only log of every change (who, when, what); written in the same transaction as the change. */
public final class EventLog {

    /** One logged change. */
    public record Event(long seq, String at, String actor, String kind, String entity, String entityId, String payload) {
    }

    private final Database db;

    public EventLog(Database db) {
        this.db = db;
    }

    /** Appends an event inside the caller's write transaction. */
    public static void append(Connection c, String actor, String kind, String entity, Object entityId,
                              Map<String, ?> payload) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event (at, actor, kind, entity, entity_id, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, Clock.now());
            ps.setString(2, actor);
            ps.setString(3, kind);
            ps.setString(4, entity);
            ps.setString(5, entityId == null ? null : String.valueOf(entityId));
            ps.setString(6, Json.write(payload == null ? Map.of() : payload));
            ps.executeUpdate();
        }
    }

    /** The newest {@code limit} events, newest first. */
    public List<Event> latest(int limit) {
        return db.read(c -> {
            List<Event> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at, actor, kind, entity, entity_id, payload FROM event ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    /** How many events the log holds. */
    public long count() {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM event")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
