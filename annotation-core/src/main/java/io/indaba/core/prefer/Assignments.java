package io.indaba.core.prefer;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Explicit work assignments beyond {@link WorkQueue#assign}: bulk assignment, removal and counts. */
public final class Assignments {

    private final Database db;

    public Assignments(Database db) {
        this.db = db;
    }

    /** Assignments per annotator id (annotators without any are absent). */
    public Map<String, Long> countsPerAnnotator() {
        return db.read(c -> io.indaba.core.store.Counts.byKey(c, "SELECT annotator_id, count(*) FROM assignment GROUP BY annotator_id"));
    }

    /** Removes one assignment; returns whether there was one. */
    public boolean remove(String annotatorId, long itemId, String lang, String actor) {
        return db.write(c -> {
            int removed;
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM assignment WHERE annotator_id = ? AND item_id = ? AND lang = ?")) {
                ps.setString(1, annotatorId);
                ps.setLong(2, itemId);
                ps.setString(3, lang);
                removed = ps.executeUpdate();
            }
            if (removed > 0) {
                EventLog.append(c, actor, "assignment.removed", "assignment", annotatorId,
                        Map.of("item", itemId, "lang", lang));
            }
            return removed > 0;
        });
    }

    /**
     * Assigns every comparable prompt in {@code lang} that nobody is assigned yet to {@code annotator}, in one
     * transaction: cancelling keeps none of it. Returns how many were assigned.
     */
    public int assignUnassigned(String lang, Annotator annotator, String actor, Progress progress) {
        if (!annotator.reads(lang)) {
            throw new IllegalArgumentException(annotator.id() + " does not read " + lang + "; add it to the profile first");
        }
        return db.write(c -> {
            List<PromptRef> items = Coverage.comparable(c, lang);
            Set<Long> taken = assignedIn(c, lang);
            int done = 0;
            int added = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assignment (annotator_id, item_id, lang, "
                    + "order_seed, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (PromptRef item : items) {
                    if (progress.cancelled()) {
                        throw new Cancelled();
                    }
                    if (!taken.contains(item.itemId())) {
                        ps.setString(1, annotator.id());
                        ps.setLong(2, item.itemId());
                        ps.setString(3, lang);
                        ps.setLong(4, WorkQueue.seed(annotator.id(), item.itemId(), lang));
                        ps.setString(5, Clock.now());
                        ps.executeUpdate();
                        EventLog.append(c, actor, "assignment.added", "assignment", annotator.id(),
                                Map.of("item", item.itemId(), "lang", lang));
                        added++;
                    }
                    progress.update(++done, items.size());
                }
            }
            return added;
        });
    }

    private static Set<Long> assignedIn(Connection c, String lang) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT item_id FROM assignment WHERE lang = ?")) {
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
