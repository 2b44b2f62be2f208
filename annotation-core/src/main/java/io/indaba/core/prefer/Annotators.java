package io.indaba.core.prefer;

import io.indaba.core.base.LanguageTags;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Annotator profiles: pseudonymous ids and the languages each reads. */
public final class Annotators {

    private final Database db;

    public Annotators(Database db) {
        this.db = db;
    }

    /** Adds or replaces a profile. */
    public void save(Annotator annotator, String actor) {
        for (String lang : annotator.languages().keySet()) {
            LanguageTags.validate(lang);
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotator (id, display_name, created_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name")) {
                ps.setString(1, annotator.id());
                ps.setString(2, annotator.displayName());
                ps.setString(3, Clock.now());
                ps.executeUpdate();
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM annotator_language WHERE annotator_id = ?")) {
                del.setString(1, annotator.id());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO annotator_language (annotator_id, lang, proficiency) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Proficiency> e : annotator.languages().entrySet()) {
                    ins.setString(1, annotator.id());
                    ins.setString(2, e.getKey());
                    ins.setString(3, e.getValue().code());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            EventLog.append(c, actor, "annotator.saved", "annotator", annotator.id(), Map.of());
            return null;
        });
    }

    /** Every profile, by id. */
    public List<Annotator> all() {
        return db.read(c -> {
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, Map<String, Proficiency>> langs = new LinkedHashMap<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, display_name FROM annotator ORDER BY id")) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                    langs.put(rs.getString(1), new LinkedHashMap<>());
                }
            }
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT annotator_id, lang, proficiency FROM annotator_language ORDER BY annotator_id, lang")) {
                while (rs.next()) {
                    langs.get(rs.getString(1)).put(rs.getString(2), Proficiency.of(rs.getString(3)));
                }
            }
            List<Annotator> out = new ArrayList<>();
            names.forEach((id, name) -> out.add(new Annotator(id, name, langs.get(id))));
            return out;
        });
    }
}
