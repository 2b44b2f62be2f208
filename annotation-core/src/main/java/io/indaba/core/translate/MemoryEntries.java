package io.indaba.core.translate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.Json;
import io.indaba.core.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The {@code tm_entry} table: imported memory units and imported machine translations. */
public final class MemoryEntries {

    private static final String COLUMNS = "id, source_lang, target_lang, source_text, target_text, origin, meta";

    private final Database db;

    public MemoryEntries(Database db) {
        this.db = db;
    }

    /** Stores one entry durably and returns it with its id. */
    public MemoryEntry add(MemoryEntry entry) {
        return db.write(c -> entry.withId(insert(c, entry)));
    }

    /** Inserts inside the caller's write transaction and returns the new id. */
    public static long insert(Connection c, MemoryEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tm_entry (source_lang, target_lang, source_text, "
                + "target_text, origin, meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, e.sourceLang());
            ps.setString(2, e.targetLang());
            ps.setString(3, e.sourceText());
            ps.setString(4, e.targetText());
            ps.setString(5, e.origin());
            ps.setString(6, Json.stringMap(new TreeMap<>(e.meta())));
            ps.setString(7, Clock.now());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts inside the caller's transaction unless the same pair is stored already; true when added. */
    public static boolean insertIfNew(Connection c, MemoryEntry e) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM tm_entry WHERE source_lang = ? AND "
                + "target_lang = ? AND source_text = ? AND target_text = ? LIMIT 1")) {
            find.setString(1, e.sourceLang());
            find.setString(2, e.targetLang());
            find.setString(3, e.sourceText());
            find.setString(4, e.targetText());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        insert(c, e);
        return true;
    }

    /** The entries for one language pair, oldest first. */
    public java.util.List<MemoryEntry> forPair(String sourceLang, String targetLang) {
        return db.read(c -> {
            java.util.List<MemoryEntry> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM tm_entry WHERE source_lang = ? AND target_lang = ? ORDER BY id")) {
                ps.setString(1, sourceLang);
                ps.setString(2, targetLang);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MemoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), meta(rs.getString(7))));
                    }
                }
            }
            return out;
        });
    }

    /** Deletes every entry of one origin (e.g. before re-importing the same file); returns how many. */
    public static int deleteOrigin(Connection c, String origin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tm_entry WHERE origin = ?")) {
            ps.setString(1, origin);
            return ps.executeUpdate();
        }
    }

    /** How many entries there are. */
    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM tm_entry")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Streams the entries into {@code targetLang} (and its regional forms) whose origin does or does not start with
     * {@code originPrefix}; the caller filters the source language with {@link LanguagePair#covers}.
     */
    public static void forTarget(Connection c, String targetLang, String originPrefix, boolean withPrefix,
                                 Consumer<MemoryEntry> action) throws SQLException {
        String primary = LanguagePair.primary(targetLang);
        String sql = "SELECT " + COLUMNS + " FROM tm_entry WHERE (lower(target_lang) = ? OR lower(target_lang) LIKE ?)"
                + " AND " + (withPrefix ? "" : "NOT ") + "origin LIKE ? ORDER BY id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, primary);
            ps.setString(2, primary + "-%");
            ps.setString(3, likePrefix(originPrefix));
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(new MemoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), meta(rs.getString(7))));
                }
            }
        }
    }

    private static String likePrefix(String prefix) {
        // SQLite's LIKE has no default escape character; origins are our own prefixes without % or _.
        if (prefix.contains("%") || prefix.contains("_")) {
            throw new IllegalArgumentException("origin prefix must not contain % or _: " + prefix);
        }
        return prefix + "%";
    }

    /** Reads meta leniently: another importer may store numbers or nested values, kept here as JSON text. */
    static Map<String, String> meta(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            if (node != null && node.isObject()) {
                node.properties().forEach(e -> out.put(e.getKey(),
                        e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON of a memory entry is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
