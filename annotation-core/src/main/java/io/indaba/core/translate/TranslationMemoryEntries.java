package io.indaba.core.translate;

import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The stored translation-memory segments ({@code tm_entry}): imported TMX and other reference translations. */
public final class TranslationMemoryEntries {

    /** One source/target pair with where it came from (e.g. {@code tmx:clinical.tmx}) and its properties. */
    public record Entry(String sourceLang, String targetLang, String sourceText, String targetText, String origin,
                        Map<String, String> meta) {
        public Entry {
            meta = meta == null ? Map.of() : Map.copyOf(meta);
        }
    }

    private final Database db;

    public TranslationMemoryEntries(Database db) {
        this.db = db;
    }

    /** Adds an entry inside the caller's transaction unless the same pair is stored already; true when added. */
    public static boolean add(Connection c, Entry e) throws SQLException {
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
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO tm_entry (source_lang, target_lang, source_text, "
                + "target_text, origin, meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ins.setString(1, e.sourceLang());
            ins.setString(2, e.targetLang());
            ins.setString(3, e.sourceText());
            ins.setString(4, e.targetText());
            ins.setString(5, e.origin());
            ins.setString(6, Json.stringMap(e.meta()));
            ins.setString(7, Clock.now());
            ins.executeUpdate();
        }
        return true;
    }

    /** The entries for one language pair, oldest first. */
    public List<Entry> forPair(String sourceLang, String targetLang) {
        return db.read(c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT source_lang, target_lang, source_text, target_text, "
                    + "origin, meta FROM tm_entry WHERE source_lang = ? AND target_lang = ? ORDER BY id")) {
                ps.setString(1, sourceLang);
                ps.setString(2, targetLang);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Json.stringMap(rs.getString(6))));
                    }
                }
            }
            return out;
        });
    }

    /** How many entries are stored. */
    public long count() {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM tm_entry")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
