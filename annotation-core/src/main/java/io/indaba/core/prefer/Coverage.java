package io.indaba.core.prefer;

import io.indaba.core.item.ItemKind;
import io.indaba.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a project lead watches: comparable prompts per language, progress towards k, judgements per annotator. */
public final class Coverage {

    private final Database db;

    public Coverage(Database db) {
        this.db = db;
    }

    /** Prompt items with two or more candidates in {@code lang}, in item order. */
    public List<PromptRef> comparable(String lang) {
        return db.read(c -> comparable(c, lang));
    }

    static List<PromptRef> comparable(Connection c, String lang) throws SQLException {
        List<PromptRef> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.external_id FROM item i JOIN candidate c "
                + "ON c.item_id = i.id WHERE i.kind = ? AND c.lang_requested = ? GROUP BY i.id, i.external_id "
                + "HAVING count(DISTINCT c.id) >= 2 ORDER BY i.collection, i.position, i.id")) {
            ps.setString(1, ItemKind.PROMPT.code());
            ps.setString(2, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PromptRef(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** Progress per language that has comparable prompts, by tag; adjudications do not count towards k. */
    public List<JudgementProgress> progress() {
        int k = new WorkQueue(db).k();
        return db.read(c -> {
            List<JudgementProgress> out = new ArrayList<>();
            String sql = "SELECT lang, count(*), sum(CASE WHEN judged >= ? THEN 1 ELSE 0 END) FROM ("
                    + "SELECT c.lang_requested AS lang, (SELECT count(*) FROM judgement j WHERE j.item_id = i.id "
                    + "AND j.lang = c.lang_requested AND j.adjudication = 0) AS judged "
                    + "FROM item i JOIN candidate c ON c.item_id = i.id WHERE i.kind = ? AND c.lang_requested IS NOT NULL "
                    + "GROUP BY i.id, c.lang_requested HAVING count(DISTINCT c.id) >= 2) GROUP BY lang ORDER BY lang";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, k);
                ps.setString(2, ItemKind.PROMPT.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new JudgementProgress(rs.getString(1), rs.getInt(3), rs.getInt(2), k));
                    }
                }
            }
            return out;
        });
    }

    /** Judgements each annotator submitted (adjudications excluded), by annotator id. */
    public Map<String, Long> judgementsPerAnnotator() {
        return db.read(c -> io.indaba.core.store.Counts.byKey(c, "SELECT annotator_id, count(*) FROM judgement WHERE adjudication = 0 GROUP BY annotator_id"));
    }
}
