package io.indaba.core.prefer;

import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The candidate responses of prompt items, with provenance kept as it came. */
public final class Candidates {

    private static final String COLUMNS = "id, item_id, external_id, body, lang_requested, lang_detected, origin, "
            + "parent_candidate_id, backend, model, params, seed, timing, usage_stats, meta, created_at";

    private final Database db;

    public Candidates(Database db) {
        this.db = db;
    }

    /** Stores a candidate durably and returns its id. */
    public long add(Candidate candidate, String actor) {
        return db.write(c -> add(c, candidate, actor));
    }

    /** Stores a candidate inside the caller's write transaction. */
    public static long add(Connection c, Candidate k, String actor) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO candidate (item_id, external_id, body, lang_requested, "
                + "lang_detected, origin, parent_candidate_id, backend, model, params, seed, timing, usage_stats, meta, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, k.itemId());
            ps.setString(2, k.externalId());
            ps.setString(3, k.text());
            ps.setString(4, k.langRequested());
            ps.setString(5, k.langDetected());
            ps.setString(6, k.origin());
            if (k.parentId() == null) {
                ps.setNull(7, Types.INTEGER);
            } else {
                ps.setLong(7, k.parentId());
            }
            ps.setString(8, k.backend());
            ps.setString(9, k.model());
            ps.setString(10, Json.write(k.params()));
            if (k.seed() == null) {
                ps.setNull(11, Types.BIGINT);
            } else {
                ps.setLong(11, k.seed());
            }
            ps.setString(12, Json.write(k.timing()));
            ps.setString(13, Json.write(k.usage()));
            ps.setString(14, Json.write(k.meta()));
            ps.setString(15, k.createdAt() == null ? Clock.now() : k.createdAt());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        EventLog.append(c, actor, "candidate.added", "candidate", id,
                Map.of("item", k.itemId(), "origin", k.origin()));
        return id;
    }

    /** The candidates of one item in stored order. */
    public List<Candidate> forItem(long itemId) {
        return db.read(c -> forItem(c, itemId));
    }

    /** The candidates of one item, read on the caller's connection. */
    public static List<Candidate> forItem(Connection c, long itemId) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM candidate WHERE item_id = ? ORDER BY id")) {
            ps.setLong(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** Candidate counts per requested language ("und" when none was recorded). */
    public Map<String, Long> countsByLanguage() {
        return db.read(c -> io.indaba.core.store.Counts.byKey(c, "SELECT COALESCE(lang_requested, 'und'), count(*) FROM candidate GROUP BY COALESCE(lang_requested, 'und')"));
    }

    /** One candidate from a row selected as {@code COLUMNS} (also used when merging annotator packages). */
    public static Candidate read(ResultSet rs) throws SQLException {
        long parent = rs.getLong(8);
        Long parentId = rs.wasNull() ? null : parent;
        long seedValue = rs.getLong(12);
        Long seed = rs.wasNull() ? null : seedValue;
        return new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), parentId, rs.getString(9), rs.getString(10), map(rs.getString(11)),
                seed, map(rs.getString(13)), map(rs.getString(14)), map(rs.getString(15)), rs.getString(16));
    }

    static Map<String, Object> map(String json) {
        try {
            return Json.object(json);
        } catch (java.io.IOException e) {
            throw new io.indaba.core.store.StoreException("stored candidate JSON is damaged: " + e.getMessage(), e);
        }
    }
}
