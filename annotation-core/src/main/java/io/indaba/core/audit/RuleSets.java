package io.indaba.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import io.indaba.core.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

/** The project's audit rules as versioned settings: each saved change is a new version. */
public final class RuleSets {

    private final Database db;

    public RuleSets(Database db) {
        this.db = db;
    }

    /** The newest saved rule set, or the default at version 0. */
    public RuleSet current() {
        return db.read(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT version, rules FROM audit_rule_set ORDER BY version DESC LIMIT 1")) {
                return rs.next() ? parse(rs.getInt(1), rs.getString(2)) : RuleSet.defaults();
            }
        });
    }

    /** Saves the rules as the next version; unchanged rules keep their version. */
    public RuleSet save(RuleSet rules, String actor) {
        RuleSet now = current();
        if (now.version() > 0 && now.rules().equals(rules.rules())) {
            return now;
        }
        return db.write(c -> {
            int next;
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT coalesce(max(version), 0) + 1 FROM audit_rule_set")) {
                rs.next();
                next = rs.getInt(1);
            }
            RuleSet saved = rules.atVersion(next);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_rule_set (version, rules, created_at, created_by) VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, next);
                ps.setString(2, Json.write(saved.rules()));
                ps.setString(3, Clock.now());
                ps.setString(4, actor);
                ps.executeUpdate();
            }
            EventLog.append(c, actor, "audit.rules.saved", "audit_rule_set", next, Map.of("rules", saved.rules().size()));
            return saved;
        });
    }

    private static RuleSet parse(int version, String json) {
        try {
            return new RuleSet(version, List.of(Json.MAPPER.readValue(json, Rule[].class)));
        } catch (JsonProcessingException e) {
            throw new StoreException("stored audit rule set " + version + " is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
