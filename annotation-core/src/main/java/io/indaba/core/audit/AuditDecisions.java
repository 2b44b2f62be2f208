package io.indaba.core.audit;

import io.indaba.core.item.Item;
import io.indaba.core.item.Items;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adjudication of audits, field by field: lists where reviewers disagree with every vote and note, and stores an
 * adjudicator's decision with a reason as its own record, as preference adjudication does for judgements.
 */
public final class AuditDecisions {

    private final Database db;

    public AuditDecisions(Database db) {
        this.db = db;
    }

    /** Fields of audited items in {@code lang} whose reviewers gave different answers, in item order. */
    public List<FieldDisagreement> disagreements(String lang) {
        AuditBook book = AuditBook.read(db, lang);
        Taxonomy taxonomy = new Taxonomies(db).current();
        Items items = new Items(db);
        List<FieldDisagreement> out = new ArrayList<>();
        for (long itemId : book.items()) {
            for (Field f : taxonomy.fields()) {
                if (!f.type().chosen()) {
                    continue;
                }
                Map<String, List<String>> votes = book.votes(itemId, f.key());
                if (votes.size() > 1 && new HashSet<>(votes.values()).size() > 1) {
                    Map<String, String> notes = new LinkedHashMap<>();
                    book.audits(itemId).forEach((r, a) -> {
                        if (a.note() != null) {
                            notes.put(r, a.note());
                        }
                    });
                    String externalId = items.byId(itemId).map(Item::externalId).orElse(Long.toString(itemId));
                    out.add(new FieldDisagreement(itemId, externalId, lang, f.key(), votes, notes,
                            book.decision(itemId, f.key())));
                }
            }
        }
        return out;
    }

    /** Stores a decision on one field under the current guideline version; a reason is required. */
    public AuditDecision decide(long itemId, String lang, String field, List<String> answer, String reason,
                                String adjudicatorId) {
        if (adjudicatorId == null || adjudicatorId.isBlank() || lang == null || lang.isBlank()) {
            throw new IllegalArgumentException("a decision needs an adjudicator and a language");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
        return db.write(c -> {
            Taxonomy taxonomy = Taxonomies.stored(c, adjudicatorId);
            Field f = taxonomy.field(field).orElseThrow(() -> new IllegalArgumentException(
                    "guideline version " + taxonomy.version() + " has no field '" + field + "'"));
            List<String> clean = f.check(answer);
            if (clean.isEmpty()) {
                throw new IllegalArgumentException("a decision on " + field + " needs a value");
            }
            AuditDecision d = new AuditDecision(0, itemId, lang, field, taxonomy.version(), clean, reason.strip(),
                    adjudicatorId, Clock.now());
            return insert(c, d);
        });
    }

    static AuditDecision insert(Connection c, AuditDecision d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_adjudication (item_id, lang, field, "
                + "guideline_version, answer, reason, adjudicator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, d.itemId());
            ps.setString(2, d.lang());
            ps.setString(3, d.field());
            ps.setInt(4, d.guidelineVersion());
            ps.setString(5, Json.write(d.answer()));
            ps.setString(6, d.reason());
            ps.setString(7, d.adjudicatorId());
            ps.setString(8, d.createdAt());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                EventLog.append(c, d.adjudicatorId(), "audit.adjudicated", "audit_adjudication", id,
                        Map.of("item", d.itemId(), "lang", d.lang(), "field", d.field(), "answer", d.answer()));
                return new AuditDecision(id, d.itemId(), d.lang(), d.field(), d.guidelineVersion(), d.answer(),
                        d.reason(), d.adjudicatorId(), d.createdAt());
            }
        }
    }

    static void forEach(Connection c, String lang, Consumer<AuditDecision> action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, item_id, lang, field, guideline_version, answer, "
                + "reason, adjudicator_id, created_at FROM audit_adjudication WHERE lang = ? ORDER BY id")) {
            ps.setString(1, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(new AuditDecision(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), List.of(Json.MAPPER.readValue(rs.getString(6), String[].class)),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new io.indaba.core.store.StoreException("a stored audit decision is damaged", e);
            }
        }
    }
}
