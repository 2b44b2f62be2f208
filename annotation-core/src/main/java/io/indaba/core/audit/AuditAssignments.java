package io.indaba.core.audit;

import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Annotators;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Audit queues from Team profiles: every translated item of a language goes to k reviewers who read that language,
 * the least loaded first. Once a language has assignments, each reviewer audits only their own there
 * ({@link AuditQueue}); a language without any is open to every profile, as before queues existed. Assignments
 * live in their own table, so they never restrict a profile's comparison queue.
 */
public final class AuditAssignments {

    /** Reviewers per item unless the project says otherwise: two, as the real audits this follows used. */
    public static final int DEFAULT_K = 2;
    private static final String SETTING = "audit_reviewers_per_item";

    private final Database db;

    public AuditAssignments(Database db) {
        this.db = db;
    }

    /** Reviewers wanted per item and language (project setting {@code audit_reviewers_per_item}). */
    public int k() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM project_setting WHERE name = ?")) {
                ps.setString(1, SETTING);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Integer.parseInt(rs.getString(1)) : DEFAULT_K;
                }
            }
        });
    }

    /** Sets k, the reviewers wanted per item and language. */
    public void setK(int k, String actor) {
        check(k);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO project_setting (name, value) VALUES (?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, SETTING);
                ps.setString(2, Integer.toString(k));
                ps.executeUpdate();
            }
            EventLog.append(c, actor, "setting.changed", "project", SETTING, Map.of("value", k));
            return null;
        });
    }

    private static void check(int k) {
        if (k < 1 || k > 20) {
            throw new IllegalArgumentException("reviewers per item must be between 1 and 20, not " + k);
        }
    }

    /**
     * Gives every translated item in {@code lang} k reviewers who read it, in one transaction: a reviewer already
     * assigned, or who already audited the item, counts toward k; the rest go to the reviewers with the fewest
     * assignments in the language (ties by profile order). Returns how many assignments were added.
     */
    public int assign(String lang, int k, String actor) {
        check(k);
        List<String> reviewers = new ArrayList<>();
        for (Annotator a : new Annotators(db).all()) {
            if (a.reads(lang)) {
                reviewers.add(a.id());
            }
        }
        if (reviewers.size() < k) {
            throw new IllegalArgumentException(reviewers.size() + " profile(s) read " + lang + ", fewer than the " + k
                    + " reviewers wanted per item; add the language to more profiles in Team, or lower k");
        }
        return db.write(c -> {
            Map<Long, Set<String>> covered = covered(c, lang);
            Map<String, Integer> load = new LinkedHashMap<>();
            reviewers.forEach(r -> load.put(r, 0));
            covered.values().forEach(set -> set.forEach(r -> load.computeIfPresent(r, (x, n) -> n + 1)));
            int added = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_assignment (reviewer_id, item_id, lang, "
                    + "created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                String now = Clock.now();
                for (long itemId : translated(c, lang)) {
                    Set<String> have = covered.getOrDefault(itemId, Set.of());
                    int missing = k - have.size();
                    List<String> pick = new ArrayList<>(reviewers);
                    pick.removeAll(have);
                    pick.sort((a, b) -> Integer.compare(load.get(a), load.get(b))); // stable: profile order on ties
                    for (int i = 0; i < missing && i < pick.size(); i++) {
                        String r = pick.get(i);
                        ps.setString(1, r);
                        ps.setLong(2, itemId);
                        ps.setString(3, lang);
                        ps.setString(4, now);
                        ps.addBatch();
                        load.merge(r, 1, Integer::sum);
                        added++;
                    }
                }
                ps.executeBatch();
            }
            EventLog.append(c, actor, "audit.assigned", "audit_assignment", lang, Map.of("k", k, "added", added));
            return added;
        });
    }

    /** Removes every audit assignment in {@code lang}; returns how many. Audits already made stay. */
    public int clear(String lang, String actor) {
        return db.write(c -> {
            int removed;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_assignment WHERE lang = ?")) {
                ps.setString(1, lang);
                removed = ps.executeUpdate();
            }
            EventLog.append(c, actor, "audit.unassigned", "audit_assignment", lang, Map.of("removed", removed));
            return removed;
        });
    }

    /** Each profile that reads {@code lang}, or has assignments there: assigned, audited among them. */
    public List<ReviewerQueue> queues(String lang) {
        List<Annotator> profiles = new Annotators(db).all();
        return db.read(c -> {
            Map<String, int[]> counts = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT x.reviewer_id, count(*), sum(EXISTS (SELECT 1 "
                    + "FROM audit a WHERE a.item_id = x.item_id AND a.lang = x.lang AND a.reviewer_id = x.reviewer_id)) "
                    + "FROM audit_assignment x WHERE x.lang = ? GROUP BY x.reviewer_id")) {
                ps.setString(1, lang);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                    }
                }
            }
            List<ReviewerQueue> out = new ArrayList<>();
            for (Annotator a : profiles) {
                int[] n = counts.remove(a.id());
                if (n != null || a.reads(lang)) {
                    out.add(new ReviewerQueue(a.id(), a.displayName(), n == null ? 0 : n[0], n == null ? 0 : n[1]));
                }
            }
            return out;
        });
    }

    /** Per item, the reviewers assigned to it or who audited it in {@code lang}. */
    private static Map<Long, Set<String>> covered(Connection c, String lang) throws SQLException {
        Map<Long, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, reviewer_id FROM audit_assignment WHERE lang = ? "
                + "UNION SELECT item_id, reviewer_id FROM audit WHERE lang = ?")) {
            ps.setString(1, lang);
            ps.setString(2, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), x -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private static List<Long> translated(Connection c, String lang) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id FROM item i WHERE EXISTS (SELECT 1 FROM translation "
                + "t WHERE t.item_id = i.id AND t.lang = ?) ORDER BY i.collection, i.position, i.id")) {
            ps.setString(1, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
