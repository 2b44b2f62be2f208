package io.indaba.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** The project's audit taxonomy: every saved change is a new guideline version, older versions stay readable. */
public final class Taxonomies {

    private final Database db;

    public Taxonomies(Database db) {
        this.db = db;
    }

    /** The current taxonomy: the newest version saved, or the default at version 0. */
    public Taxonomy current() {
        return db.read(Taxonomies::current);
    }

    /** The current taxonomy inside a caller's transaction. */
    static Taxonomy current(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version, taxonomy FROM audit_guideline ORDER BY version DESC LIMIT 1")) {
            return rs.next() ? parse(rs.getInt(1), rs.getString(2)) : Taxonomy.defaults();
        }
    }

    /** One stored version; version 0 is the default. */
    public Optional<Taxonomy> version(int version) {
        if (version == 0) {
            return Optional.of(Taxonomy.defaults());
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT taxonomy FROM audit_guideline WHERE version = ?")) {
                ps.setInt(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(parse(version, rs.getString(1))) : Optional.<Taxonomy>empty();
                }
            }
        });
    }

    /** One stored version inside a caller's transaction. */
    static Optional<Taxonomy> version(Connection c, int version) throws SQLException {
        if (version == 0) {
            return Optional.of(Taxonomy.defaults());
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT taxonomy FROM audit_guideline WHERE version = ?")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(parse(version, rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Saves {@code taxonomy} as the next guideline version and returns it; an unchanged taxonomy keeps its version. */
    public Taxonomy save(Taxonomy taxonomy, String actor) {
        return db.write(c -> save(c, taxonomy, actor));
    }

    /** The current taxonomy, first saving the default as version 1 so that every audit names a stored version. */
    static Taxonomy stored(Connection c, String actor) throws SQLException {
        Taxonomy now = current(c);
        return now.version() > 0 ? now : save(c, now, actor);
    }

    private static Taxonomy save(Connection c, Taxonomy taxonomy, String actor) throws SQLException {
        Taxonomy now = current(c);
        if (now.version() > 0 && now.fields().equals(taxonomy.fields())) {
            return now;
        }
        Taxonomy saved = taxonomy.atVersion(now.version() + 1);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_guideline (version, taxonomy, created_at, created_by) VALUES (?, ?, ?, ?)")) {
            ps.setInt(1, saved.version());
            ps.setString(2, Json.write(saved.fields()));
            ps.setString(3, Clock.now());
            ps.setString(4, actor);
            ps.executeUpdate();
        }
        EventLog.append(c, actor, "audit.guideline.saved", "audit_guideline", saved.version(),
                Map.of("fields", saved.fields().size()));
        return saved;
    }

    private static Taxonomy parse(int version, String json) {
        try {
            Field[] fields = Json.MAPPER.readValue(json, Field[].class);
            return new Taxonomy(version, java.util.List.of(fields));
        } catch (JsonProcessingException e) {
            throw new io.indaba.core.store.StoreException("stored audit guideline " + version + " is damaged: "
                    + e.getOriginalMessage(), e);
        }
    }
}
