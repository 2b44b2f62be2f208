package io.indaba.core.translate;

import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Translations per item × field × language with their full revision history; every save is durable. */
public final class Translations {

    private static final String COLUMNS =
            "id, item_id, field, lang, body, status, source_hash, source_changed, updated_by, updated_at";

    private final Database db;

    public Translations(Database db) {
        this.db = db;
    }

    /**
     * A change to save: text, status and where the text came from; {@code draft} is the machine draft the text
     * started from (taken into the field, perhaps edited since), or null.
     */
    public record Change(long itemId, String field, String lang, String text, TranslationStatus status, Origin origin,
                         String author, String sourceHash, String note, DraftSource draft) {

        /** A change not started from a machine draft. */
        public Change(long itemId, String field, String lang, String text, TranslationStatus status, Origin origin,
                      String author, String sourceHash, String note) {
            this(itemId, field, lang, text, status, origin, author, sourceHash, note, null);
        }
    }

    /** Saves one change durably and returns the stored translation. */
    public Translation save(Change change) {
        return db.write(c -> save(c, change));
    }

    /** Saves inside the caller's write transaction: upserts the translation, appends a revision and an event. */
    public static Translation save(Connection c, Change change) throws SQLException {
        String now = Clock.now();
        Long id = null;
        try (PreparedStatement find = c.prepareStatement(
                "SELECT id FROM translation WHERE item_id = ? AND field = ? AND lang = ?")) {
            find.setLong(1, change.itemId());
            find.setString(2, change.field());
            find.setString(3, change.lang());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                }
            }
        }
        if (id == null) {
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO translation (item_id, field, lang, body, status, "
                    + "source_hash, source_changed, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ins.setLong(1, change.itemId());
                ins.setString(2, change.field());
                ins.setString(3, change.lang());
                ins.setString(4, change.text());
                ins.setString(5, change.status().code());
                ins.setString(6, change.sourceHash());
                ins.setString(7, change.author());
                ins.setString(8, now);
                ins.executeUpdate();
                try (ResultSet keys = ins.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        } else {
            try (PreparedStatement up = c.prepareStatement("UPDATE translation SET body = ?, status = ?, source_hash = ?, "
                    + "source_changed = 0, updated_by = ?, updated_at = ? WHERE id = ?")) {
                up.setString(1, change.text());
                up.setString(2, change.status().code());
                up.setString(3, change.sourceHash());
                up.setString(4, change.author());
                up.setString(5, now);
                up.setLong(6, id);
                up.executeUpdate();
            }
        }
        try (PreparedStatement rev = c.prepareStatement("INSERT INTO translation_revision (translation_id, body, status, "
                + "origin, author, created_at, note, draft_origin, draft_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            rev.setLong(1, id);
            rev.setString(2, change.text());
            rev.setString(3, change.status().code());
            rev.setString(4, change.origin().code());
            rev.setString(5, change.author());
            rev.setString(6, now);
            rev.setString(7, change.note());
            rev.setString(8, change.draft() == null ? null : change.draft().origin());
            rev.setString(9, change.draft() == null ? null : change.draft().text());
            rev.executeUpdate();
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("item", change.itemId());
        payload.put("field", change.field());
        payload.put("lang", change.lang());
        payload.put("status", change.status().code());
        payload.put("origin", change.origin().code());
        if (change.draft() != null) {
            payload.put("draft", change.draft().origin());
        }
        EventLog.append(c, change.author(), "translation.saved", "translation", id, payload);
        return new Translation(id, change.itemId(), change.field(), change.lang(), change.text(), change.status(),
                change.sourceHash(), false, change.author(), now);
    }

    /** Changes only the status (e.g. approve), keeping the text; recorded as a revision. */
    public Translation setStatus(long translationId, TranslationStatus status, String author, String note) {
        return db.write(c -> {
            Translation t = byId(c, translationId).orElseThrow(() ->
                    new IllegalArgumentException("no translation " + translationId));
            return save(c, new Change(t.itemId(), t.field(), t.lang(), t.text(), status, Origin.HUMAN, author,
                    t.sourceHash(), note));
        });
    }

    /** The translations of one item into one language, by field. */
    public Map<String, Translation> forItem(long itemId, String lang) {
        return db.read(c -> forItem(c, itemId, lang));
    }

    /** The translations of one item into one language, read inside a caller's connection. */
    public static Map<String, Translation> forItem(Connection c, long itemId, String lang) throws SQLException {
        Map<String, Translation> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM translation WHERE item_id = ? AND lang = ? ORDER BY id")) {
            ps.setLong(1, itemId);
            ps.setString(2, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Translation t = read(rs);
                    out.put(t.field(), t);
                }
            }
        }
        return out;
    }

    private static Optional<Translation> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM translation WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Every revision of a translation, oldest first. */
    public List<Revision> history(long translationId) {
        return db.read(c -> {
            List<Revision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, translation_id, body, status, origin, author, "
                    + "created_at, note, draft_origin, draft_body FROM translation_revision WHERE translation_id = ? "
                    + "ORDER BY id")) {
                ps.setLong(1, translationId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String draftOrigin = rs.getString(9);
                        out.add(new Revision(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                TranslationStatus.of(rs.getString(4)), Origin.of(rs.getString(5)), rs.getString(6),
                                rs.getString(7), rs.getString(8), draftOrigin == null ? null
                                : new DraftSource(draftOrigin, rs.getString(10) == null ? "" : rs.getString(10))));
                    }
                }
            }
            return out;
        });
    }

    /** Translated-field counts per language and status, languages sorted. */
    public Map<String, Map<TranslationStatus, Long>> countsByLanguage() {
        return db.read(c -> {
            Map<String, Map<TranslationStatus, Long>> out = new TreeMap<>();
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT lang, status, count(*) FROM translation GROUP BY lang, status")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(TranslationStatus.class))
                            .put(TranslationStatus.of(rs.getString(2)), rs.getLong(3));
                }
            }
            return out;
        });
    }

    /** How many translations into {@code lang} are marked "source changed". */
    public long sourceChangedCount(String lang) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM translation WHERE lang = ? AND source_changed = 1")) {
                ps.setString(1, lang);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    static Translation read(ResultSet rs) throws SQLException {
        return new Translation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                TranslationStatus.of(rs.getString(6)), rs.getString(7), rs.getInt(8) != 0, rs.getString(9),
                rs.getString(10));
    }
}
