package io.indaba.core.prefer;

import com.fasterxml.jackson.core.type.TypeReference;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Judgements: each committed durably when submitted; read back for statistics and export. */
public final class Judgements {

    private static final String COLUMNS = "id, uid, item_id, annotator_id, lang, kind, candidate_a, candidate_b, "
            + "winner, strength, ranking, none_acceptable, display, ratings, flags, rationale, aids, time_on_task_ms, "
            + "guideline_version, adjudication, created_at";

    private final Database db;

    public Judgements(Database db) {
        this.db = db;
    }

    /** Commits one judgement and returns its id once it is on disk. */
    public long submit(Judgement j) {
        return db.write(c -> insert(c, j));
    }

    /** Inserts inside the caller's write transaction. */
    public static long insert(Connection c, Judgement j) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO judgement (uid, item_id, annotator_id, lang, kind, "
                + "candidate_a, candidate_b, winner, strength, ranking, none_acceptable, display, ratings, flags, "
                + "rationale, aids, time_on_task_ms, guideline_version, adjudication, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, j.uid());
            ps.setLong(2, j.itemId());
            ps.setString(3, j.annotatorId());
            ps.setString(4, j.lang());
            ps.setString(5, j.kind());
            setLong(ps, 6, j.candidateA());
            setLong(ps, 7, j.candidateB());
            ps.setString(8, j.winner());
            if (j.strength() == null) {
                ps.setNull(9, Types.INTEGER);
            } else {
                ps.setInt(9, j.strength());
            }
            ps.setString(10, j.ranking().isEmpty() ? null : Json.write(j.ranking()));
            ps.setInt(11, j.noneAcceptable() ? 1 : 0);
            ps.setString(12, Json.write(j.display()));
            ps.setString(13, Json.write(j.ratings()));
            ps.setString(14, Json.write(j.flags()));
            ps.setString(15, j.rationale());
            ps.setString(16, Json.write(j.aids()));
            setLong(ps, 17, j.timeOnTaskMs());
            if (j.guidelineVersion() == null) {
                ps.setNull(18, Types.INTEGER);
            } else {
                ps.setInt(18, j.guidelineVersion());
            }
            ps.setInt(19, j.adjudication() ? 1 : 0);
            ps.setString(20, j.createdAt() == null ? Clock.now() : j.createdAt());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        EventLog.append(c, j.annotatorId(), "judgement.submitted", "judgement", j.uid(),
                Map.of("item", j.itemId(), "lang", j.lang()));
        return id;
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** Whether a judgement with this uid is stored (the crash test and package merge ask this). */
    public boolean exists(String uid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM judgement WHERE uid = ?")) {
                ps.setString(1, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Every judgement's uid (small: one string per judgement). */
    public java.util.Set<String> uids() {
        return db.read(c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT uid FROM judgement")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Streams judgements (optionally of one language) in id order. */
    public void forEach(String lang, Consumer<Judgement> action) {
        db.read(c -> {
            String sql = "SELECT " + COLUMNS + " FROM judgement" + (lang == null ? "" : " WHERE lang = ?") + " ORDER BY id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (lang != null) {
                    ps.setString(1, lang);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(read(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The judgements of one item, oldest first. */
    public List<Judgement> forItem(long itemId) {
        return db.read(c -> {
            List<Judgement> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM judgement WHERE item_id = ? ORDER BY id")) {
                ps.setLong(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    /** Judgement counts per language. */
    public Map<String, Long> countsByLanguage() {
        return db.read(c -> io.indaba.core.store.Counts.byKey(c, "SELECT lang, count(*) FROM judgement GROUP BY lang"));
    }

    private static final TypeReference<List<List<Long>>> RANKING = new TypeReference<>() { };
    private static final TypeReference<Map<String, Integer>> RATINGS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    // Readers built once: exports read millions of judgements, and most of these columns hold "{}" or "[]".
    private static final com.fasterxml.jackson.databind.ObjectReader RANKING_READER = Json.MAPPER.readerFor(RANKING);
    private static final com.fasterxml.jackson.databind.ObjectReader RATINGS_READER = Json.MAPPER.readerFor(RATINGS);
    private static final com.fasterxml.jackson.databind.ObjectReader STRINGS_READER = Json.MAPPER.readerFor(STRINGS);

    private static Map<String, Integer> ratings(String json) throws IOException {
        return json == null || json.equals("{}") ? Map.of() : RATINGS_READER.readValue(json);
    }

    private static List<String> strings(String json) throws IOException {
        return json == null || json.equals("[]") ? List.of() : STRINGS_READER.readValue(json);
    }

    /** One judgement from a row selected as {@code COLUMNS} (also used when merging annotator packages). */
    public static Judgement read(ResultSet rs) throws SQLException {
        try {
            long a = rs.getLong(7);
            Long candidateA = rs.wasNull() ? null : a;
            long b = rs.getLong(8);
            Long candidateB = rs.wasNull() ? null : b;
            int s = rs.getInt(10);
            Integer strength = rs.wasNull() ? null : s;
            String ranking = rs.getString(11);
            long t = rs.getLong(18);
            Long time = rs.wasNull() ? null : t;
            int g = rs.getInt(19);
            Integer guideline = rs.wasNull() ? null : g;
            return new Judgement(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), candidateA, candidateB, rs.getString(9), strength,
                    ranking == null ? List.of() : RANKING_READER.readValue(ranking), rs.getInt(12) != 0,
                    Json.object(rs.getString(13)), ratings(rs.getString(14)),
                    strings(rs.getString(15)), rs.getString(16),
                    strings(rs.getString(17)), time, guideline, rs.getInt(20) != 0,
                    rs.getString(21));
        } catch (IOException e) {
            throw new io.indaba.core.store.StoreException("judgement " + rs.getLong(1) + " (" + rs.getString(2)
                    + "): stored JSON is damaged: " + e.getMessage(), e);
        }
    }
}
