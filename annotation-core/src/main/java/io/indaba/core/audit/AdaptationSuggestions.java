package io.indaba.core.audit;

import io.indaba.core.item.Item;
import io.indaba.core.item.Items;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Suggested adaptations: a reviewer writes a new text for a translated field while auditing; the lead accepts it,
 * which saves it as a translation revision with origin {@code adaptation} (status reviewed: the lead has read it),
 * or rejects it. Either decision needs the lead's id; a rejection needs a reason.
 */
public final class AdaptationSuggestions {

    private final Database db;

    public AdaptationSuggestions(Database db) {
        this.db = db;
    }

    /** Stores a suggestion inside the caller's transaction (the audit's), checking the field is one of the item's. */
    static long insert(Connection c, long itemId, String lang, String field, String text, String reviewerId,
                       Long auditId) throws SQLException {
        Item item = Items.byId(c, itemId).orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
        if (!item.fields().containsKey(field)) {
            throw new IllegalArgumentException("item " + item.externalId() + " has no field '" + field + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a suggested adaptation needs a text");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_suggestion (item_id, lang, field, text, "
                + "reviewer_id, audit_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, itemId);
            ps.setString(2, lang);
            ps.setString(3, field);
            ps.setString(4, text.strip());
            ps.setString(5, reviewerId);
            ps.setObject(6, auditId);
            ps.setString(7, Clock.now());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                EventLog.append(c, reviewerId, "audit.adaptation.suggested", "audit_suggestion", id,
                        Map.of("item", itemId, "lang", lang, "field", field));
                return id;
            }
        }
    }

    /** The suggestions in {@code lang}: open ones first, then decided ones, each group oldest first. */
    public List<AdaptationSuggestion> list(String lang) {
        return db.read(c -> {
            List<AdaptationSuggestion> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.item_id, i.external_id, s.lang, s.field, "
                    + "s.text, t.body, s.reviewer_id, s.created_at, s.decision, s.decided_by, s.reason, "
                    + "s.translation_id FROM audit_suggestion s JOIN item i ON i.id = s.item_id LEFT JOIN translation "
                    + "t ON t.item_id = s.item_id AND t.lang = s.lang AND t.field = s.field WHERE s.lang = ? "
                    + "ORDER BY s.decision IS NOT NULL, s.id")) {
                ps.setString(1, lang);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    /** Accepts an open suggestion: its text becomes the field's translation, a revision with origin adaptation. */
    public AdaptationSuggestion accept(long id, String leadId, String reason) {
        requireLead(leadId);
        return db.write(c -> {
            AdaptationSuggestion s = open(c, id);
            Item item = Items.byId(c, s.itemId()).orElseThrow();
            String note = "adaptation suggested by " + s.reviewerId()
                    + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
            Translation t = Translations.save(c, new Translations.Change(s.itemId(), s.field(), s.lang(), s.text(),
                    TranslationStatus.REVIEWED, Origin.ADAPTATION, leadId, item.sourceHash(), note));
            decide(c, id, "accepted", leadId, reason, t.id());
            return byId(c, id);
        });
    }

    /** Rejects an open suggestion; the translation stays as it is. A reason is required. */
    public AdaptationSuggestion reject(long id, String leadId, String reason) {
        requireLead(leadId);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("rejecting a suggested adaptation needs a reason");
        }
        return db.write(c -> {
            open(c, id);
            decide(c, id, "rejected", leadId, reason, null);
            return byId(c, id);
        });
    }

    private static void requireLead(String leadId) {
        if (leadId == null || leadId.isBlank()) {
            throw new IllegalArgumentException("deciding a suggested adaptation needs the lead's id");
        }
    }

    private static AdaptationSuggestion open(Connection c, long id) throws SQLException {
        AdaptationSuggestion s = byId(c, id);
        if (!s.open()) {
            throw new IllegalArgumentException("suggestion " + id + " on " + s.externalId() + " was already "
                    + s.decision() + " by " + s.decidedBy());
        }
        return s;
    }

    private static void decide(Connection c, long id, String decision, String leadId, String reason,
                               Long translationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_suggestion SET decision = ?, decided_by = ?, "
                + "decided_at = ?, reason = ?, translation_id = ? WHERE id = ?")) {
            ps.setString(1, decision);
            ps.setString(2, leadId);
            ps.setString(3, Clock.now());
            ps.setString(4, reason == null || reason.isBlank() ? null : reason.strip());
            ps.setObject(5, translationId);
            ps.setLong(6, id);
            ps.executeUpdate();
        }
        EventLog.append(c, leadId, "audit.adaptation." + decision, "audit_suggestion", id, Map.of());
    }

    private static AdaptationSuggestion byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.item_id, i.external_id, s.lang, s.field, "
                + "s.text, t.body, s.reviewer_id, s.created_at, s.decision, s.decided_by, s.reason, s.translation_id "
                + "FROM audit_suggestion s JOIN item i ON i.id = s.item_id LEFT JOIN translation t ON t.item_id = "
                + "s.item_id AND t.lang = s.lang AND t.field = s.field WHERE s.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no suggested adaptation " + id);
                }
                return read(rs);
            }
        }
    }

    private static AdaptationSuggestion read(ResultSet rs) throws SQLException {
        long translation = rs.getLong(13);
        Long translationId = rs.wasNull() ? null : translation;
        return new AdaptationSuggestion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), translationId);
    }
}
