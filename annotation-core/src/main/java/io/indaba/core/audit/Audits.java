package io.indaba.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Counts;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import io.indaba.core.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cultural audits of items per language. Every submit is a new row committed before it returns; a reviewer who
 * audits an item again adds a newer audit, and the newest one per reviewer, item and language is the one counted.
 */
public final class Audits {

    private static final ObjectReader ANSWERS = Json.MAPPER.readerFor(
            new TypeReference<LinkedHashMap<String, List<String>>>() { });

    private final Database db;

    public Audits(Database db) {
        this.db = db;
    }

    /** A reviewer's suggested new text for one translated field, stored with the audit for the lead to decide. */
    public record Suggestion(String field, String text) {
    }

    /** Checks the answers against the current guideline, stores them under its version and returns the audit. */
    public Audit submit(long itemId, String lang, String reviewerId, Map<String, List<String>> answers, String note) {
        return submit(itemId, lang, reviewerId, answers, note, List.of());
    }

    /** As {@link #submit(long, String, String, Map, String)}, with suggested adaptations in the same transaction. */
    public Audit submit(long itemId, String lang, String reviewerId, Map<String, List<String>> answers, String note,
                        List<Suggestion> suggestions) {
        if (reviewerId == null || reviewerId.isBlank() || lang == null || lang.isBlank()) {
            throw new IllegalArgumentException("an audit needs a reviewer and a language");
        }
        return db.write(c -> {
            Taxonomy taxonomy = Taxonomies.stored(c, reviewerId);
            Audit audit = new Audit(0, itemId, lang, reviewerId, taxonomy.version(), taxonomy.check(answers), note,
                    Clock.now());
            Audit stored = insert(c, audit);
            for (Suggestion s : suggestions) {
                AdaptationSuggestions.insert(c, itemId, lang, s.field(), s.text(), reviewerId, stored.id());
            }
            return stored;
        });
    }

    /** Stores an audit as given (an import), its guideline version and timestamp kept; returns it with its id. */
    public static Audit insert(Connection c, Audit audit) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit (item_id, lang, reviewer_id, labels, note, "
                + "created_at, guideline_version, answers) VALUES (?, ?, ?, '[]', ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, audit.itemId());
            ps.setString(2, audit.lang());
            ps.setString(3, audit.reviewerId());
            ps.setString(4, audit.note());
            ps.setString(5, audit.createdAt() == null ? Clock.now() : audit.createdAt());
            ps.setInt(6, audit.guidelineVersion());
            ps.setString(7, Json.write(audit.answers()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        EventLog.append(c, audit.reviewerId(), "audit.recorded", "audit", id,
                Map.of("item", audit.itemId(), "lang", audit.lang(), "guideline", audit.guidelineVersion()));
        return new Audit(id, audit.itemId(), audit.lang(), audit.reviewerId(), audit.guidelineVersion(),
                audit.answers(), audit.note(), audit.createdAt());
    }

    /** Streams the audits of a language (every language when null) in the order they were stored. */
    public void forEach(String lang, Consumer<Audit> action) {
        db.read(c -> {
            forEach(c, lang, action);
            return null;
        });
    }

    static void forEach(Connection c, String lang, Consumer<Audit> action) throws SQLException {
        query(c, lang == null ? "" : " WHERE lang = ?", lang, action);
    }

    /** The audits of one item in every language, oldest first. */
    public List<Audit> forItem(long itemId) {
        List<Audit> out = new ArrayList<>();
        db.read(c -> {
            query(c, " WHERE item_id = ?", itemId, out::add);
            return null;
        });
        return out;
    }

    static void forItem(Connection c, long itemId, Consumer<Audit> action) throws SQLException {
        query(c, " WHERE item_id = ?", itemId, action);
    }

    private static void query(Connection c, String where, Object arg, Consumer<Audit> action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, item_id, lang, reviewer_id, "
                + "coalesce(guideline_version, 0), answers, note, created_at FROM audit" + where + " ORDER BY id")) {
            if (arg != null) {
                ps.setObject(1, arg);
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(new Audit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), answers(rs.getString(6)), rs.getString(7), rs.getString(8)));
                }
            }
        }
    }

    /** Audit counts per language. */
    public Map<String, Long> countsByLanguage() {
        return db.read(c -> Counts.byKey(c, "SELECT lang, count(*) FROM audit GROUP BY lang"));
    }

    private static Map<String, List<String>> answers(String json) {
        try {
            return json == null || json.isEmpty() ? Map.of() : ANSWERS.readValue(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored audit answers are damaged: " + e.getOriginalMessage(), e);
        }
    }
}
