package io.indaba.core.prefer;

import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Work assignment: each annotator's queue holds only prompt items whose responses are in a language they read,
 * that still need judgements (k per item and language) and that they have not judged yet. Explicit assignments,
 * when an annotator has any, restrict the queue to them. The display order is shuffled per annotator and item.
 */
public final class WorkQueue {

    /** Judgements wanted per item and language unless the project says otherwise. */
    public static final int DEFAULT_K = 3;

    private final Database db;

    public WorkQueue(Database db) {
        this.db = db;
    }

    /** Judgements wanted per item and language (project setting {@code judgements_per_item}). */
    public int k() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM project_setting WHERE name = 'judgements_per_item'")) {
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Integer.parseInt(rs.getString(1)) : DEFAULT_K;
                }
            }
        });
    }

    /** Sets k, the judgements wanted per item and language. */
    public void setK(int k, String actor) {
        if (k < 1 || k > 50) {
            throw new IllegalArgumentException("judgements per item must be between 1 and 50, not " + k);
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO project_setting (name, value) VALUES ('judgements_per_item', ?) "
                    + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, Integer.toString(k));
                ps.executeUpdate();
            }
            EventLog.append(c, actor, "setting.changed", "project", "judgements_per_item", Map.of("value", k));
            return null;
        });
    }

    /** Assigns an item in a language to an annotator (idempotent). */
    public void assign(String annotatorId, long itemId, String lang, String actor) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assignment (annotator_id, item_id, lang, order_seed, created_at) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, annotatorId);
                ps.setLong(2, itemId);
                ps.setString(3, lang);
                ps.setLong(4, seed(annotatorId, itemId, lang));
                ps.setString(5, Clock.now());
                ps.executeUpdate();
            }
            EventLog.append(c, actor, "assignment.added", "assignment", annotatorId, Map.of("item", itemId, "lang", lang));
            return null;
        });
    }

    /** Marks an item in a language as gold with the expected decision (e.g. {@code {"winner":"A"}} as JSON). */
    public void setGold(long itemId, String lang, String expectedJson, String actor) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO gold (item_id, lang, expected) VALUES (?, ?, ?) "
                    + "ON CONFLICT (item_id, lang) DO UPDATE SET expected = excluded.expected")) {
                ps.setLong(1, itemId);
                ps.setString(2, lang);
                ps.setString(3, expectedJson);
                ps.executeUpdate();
            }
            EventLog.append(c, actor, "gold.set", "item", itemId, Map.of("lang", lang));
            return null;
        });
    }

    /** Up to {@code limit} next tasks for an annotator, in a stable per-annotator order (so prefetching is cheap). */
    public List<QueueEntry> next(Annotator annotator, int limit) {
        int k = k();
        return db.read(c -> {
            Set<String> done = judgedBy(c, annotator.id());
            boolean restricted = hasAssignments(c, annotator.id());
            Set<String> gold = goldKeys(c);
            List<QueueEntry> out = new ArrayList<>();
            String sql = "SELECT i.id, c.lang_requested, count(DISTINCT c.id), "
                    + "(SELECT count(*) FROM judgement j WHERE j.item_id = i.id AND j.lang = c.lang_requested AND j.adjudication = 0) "
                    + "FROM item i JOIN candidate c ON c.item_id = i.id WHERE i.kind = ? AND c.lang_requested IS NOT NULL "
                    + "GROUP BY i.id, c.lang_requested HAVING count(DISTINCT c.id) >= 2 ORDER BY i.collection, i.position, i.id";
            List<long[]> picks = new ArrayList<>();
            List<String> langs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, ItemKind.PROMPT.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long itemId = rs.getLong(1);
                        String lang = rs.getString(2);
                        String key = itemId + "|" + lang;
                        boolean isGold = gold.contains(key);
                        if (!annotator.reads(lang) || done.contains(key) || (!isGold && rs.getLong(4) >= k)) {
                            continue;
                        }
                        if (restricted && !assigned(c, annotator.id(), itemId, lang)) {
                            continue;
                        }
                        picks.add(new long[] {itemId, isGold ? 1 : 0});
                        langs.add(lang);
                    }
                }
            }
            // A stable shuffle per annotator spreads annotators over different items first.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < picks.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(annotator.id().hashCode()));
            for (int idx : order) {
                if (out.size() >= limit) {
                    break;
                }
                long itemId = picks.get(idx)[0];
                String lang = langs.get(idx);
                Item item = io.indaba.core.item.Items.byId(c, itemId).orElseThrow();
                List<Candidate> candidates = new ArrayList<>();
                for (Candidate cand : Candidates.forItem(c, itemId)) {
                    if (lang.equals(cand.langRequested())) {
                        candidates.add(cand);
                    }
                }
                long seed = seed(annotator.id(), itemId, lang);
                Collections.shuffle(candidates, new Random(seed));
                out.add(new QueueEntry(item, lang, candidates, seed, picks.get(idx)[1] == 1));
            }
            return out;
        });
    }

    /** The share of gold items this annotator judged as expected, or -1 with no gold judged yet. */
    public double goldScore(String annotatorId) {
        return db.read(c -> {
            int seen = 0;
            int right = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT g.expected, j.winner, j.candidate_a, j.candidate_b "
                    + "FROM gold g JOIN judgement j ON j.item_id = g.item_id AND j.lang = g.lang WHERE j.annotator_id = ?")) {
                ps.setString(1, annotatorId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seen++;
                        String expected = expectedWinner(rs.getString(1));
                        if (expected != null && expected.equals(rs.getString(2))) {
                            right++;
                        }
                    }
                }
            }
            return seen == 0 ? -1.0 : (double) right / seen;
        });
    }

    private static String expectedWinner(String json) {
        try {
            var node = io.indaba.core.store.Json.MAPPER.readTree(json);
            return node.hasNonNull("winner") ? node.get("winner").asText() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The seed that fixes one annotator's display order of one item; recorded with the judgement. */
    public static long seed(String annotatorId, long itemId, String lang) {
        long h = 1125899906842597L;
        for (char ch : (annotatorId + "|" + itemId + "|" + lang).toCharArray()) {
            h = 31 * h + ch;
        }
        return h;
    }

    private static Set<String> judgedBy(Connection c, String annotatorId) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, lang FROM judgement WHERE annotator_id = ?")) {
            ps.setString(1, annotatorId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + "|" + rs.getString(2));
                }
            }
        }
        return out;
    }

    private static Set<String> goldKeys(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT item_id, lang FROM gold")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + "|" + rs.getString(2));
            }
        }
        return out;
    }

    private static boolean hasAssignments(Connection c, String annotatorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM assignment WHERE annotator_id = ? LIMIT 1")) {
            ps.setString(1, annotatorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean assigned(Connection c, String annotatorId, long itemId, String lang) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM assignment WHERE annotator_id = ? AND item_id = ? AND lang = ?")) {
            ps.setString(1, annotatorId);
            ps.setLong(2, itemId);
            ps.setString(3, lang);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
