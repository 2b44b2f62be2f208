package io.indaba.core.prefer;

import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The gold items of a project (set with {@link WorkQueue#setGold}): listed, removed and scored per language. */
public final class GoldItems {

    private final Database db;

    public GoldItems(Database db) {
        this.db = db;
    }

    /** Gold marks in {@code lang} (every language when null), in item order. */
    public List<GoldMark> list(String lang) {
        return db.read(c -> {
            List<GoldMark> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT g.item_id, i.external_id, g.lang, g.expected "
                    + "FROM gold g JOIN item i ON i.id = g.item_id WHERE (? IS NULL OR g.lang = ?) "
                    + "ORDER BY g.lang, i.collection, i.position, i.id")) {
                ps.setString(1, lang);
                ps.setString(2, lang);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new GoldMark(rs.getLong(1), rs.getString(2), rs.getString(3),
                                winnerOf(rs.getString(4)), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** Removes the gold mark of an item in a language; returns whether there was one. */
    public boolean remove(long itemId, String lang, String actor) {
        return db.write(c -> {
            int removed;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM gold WHERE item_id = ? AND lang = ?")) {
                ps.setLong(1, itemId);
                ps.setString(2, lang);
                removed = ps.executeUpdate();
            }
            if (removed > 0) {
                EventLog.append(c, actor, "gold.removed", "item", itemId, Map.of("lang", lang));
            }
            return removed > 0;
        });
    }

    /**
     * Each annotator's gold score per language: annotator id → language → score. Only pairwise judgements count
     * (a gold mark expects a winner) and adjudications are not an annotator's own judgement.
     */
    public Map<String, Map<String, GoldScore>> scores() {
        return db.read(c -> {
            Map<String, Map<String, GoldScore>> out = new TreeMap<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT j.annotator_id, j.lang, g.expected, "
                    + "j.winner FROM gold g JOIN judgement j ON j.item_id = g.item_id AND j.lang = g.lang "
                    + "WHERE j.adjudication = 0 AND j.winner IS NOT NULL")) {
                while (rs.next()) {
                    String expected = winnerOf(rs.getString(3));
                    GoldScore one = new GoldScore(expected != null && expected.equals(rs.getString(4)) ? 1 : 0, 1);
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .merge(rs.getString(2), one, GoldScore::plus);
                }
            }
            return out;
        });
    }

    /** One annotator's gold score over every language. */
    public static GoldScore overall(Map<String, GoldScore> byLanguage) {
        return byLanguage.values().stream().reduce(GoldScore.NONE, GoldScore::plus);
    }

    static String winnerOf(String json) {
        try {
            var node = Json.MAPPER.readTree(json);
            return node != null && node.hasNonNull("winner") ? node.get("winner").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
