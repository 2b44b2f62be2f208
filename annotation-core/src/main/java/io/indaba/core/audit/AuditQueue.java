package io.indaba.core.audit;

import io.indaba.core.item.Items;
import io.indaba.core.store.Database;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.Translations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reviewer's queue for one language: translated items they have not audited yet, in collection order; once the
 * lead has made audit assignments in the language ({@link AuditAssignments}), only the items assigned to them.
 */
public final class AuditQueue {

    private final Database db;

    public AuditQueue(Database db) {
        this.db = db;
    }

    /** Up to {@code limit} tasks, leaving out the items in {@code skip} (already shown or being submitted). */
    public List<AuditTask> next(String reviewer, String lang, int limit, Set<Long> skip) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.id FROM item i WHERE EXISTS (SELECT 1 FROM "
                    + "translation t WHERE t.item_id = i.id AND t.lang = ?) AND NOT EXISTS (SELECT 1 FROM audit a "
                    + "WHERE a.item_id = i.id AND a.lang = ? AND a.reviewer_id = ?) AND (NOT EXISTS (SELECT 1 FROM "
                    + "audit_assignment x WHERE x.lang = ?) OR EXISTS (SELECT 1 FROM "
                    + "audit_assignment x WHERE x.reviewer_id = ? AND x.lang = ? AND x.item_id = i.id)) "
                    + "ORDER BY i.collection, i.position, i.id LIMIT ?")) {
                ps.setString(1, lang);
                ps.setString(2, lang);
                ps.setString(3, reviewer);
                ps.setString(4, lang);
                ps.setString(5, reviewer);
                ps.setString(6, lang);
                ps.setInt(7, limit + skip.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && ids.size() < limit) {
                        if (!skip.contains(rs.getLong(1))) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
            List<AuditTask> out = new ArrayList<>();
            for (long id : ids) {
                Map<String, String> text = new LinkedHashMap<>();
                for (Translation t : Translations.forItem(c, id, lang).values()) {
                    text.put(t.field(), t.text());
                }
                out.add(new AuditTask(Items.byId(c, id).orElseThrow(), lang, text));
            }
            return out;
        });
    }
}
