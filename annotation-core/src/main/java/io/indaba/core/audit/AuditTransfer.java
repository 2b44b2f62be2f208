package io.indaba.core.audit;

import io.indaba.core.item.Item;
import io.indaba.core.item.Items;
import io.indaba.core.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Audits in and out as rows. Out: each reviewer's counted audit. In: rows grouped back into audits; an audit already
 * stored is skipped, one that differs from what the reviewer already said on that item is a conflict that is reported
 * and not stored, so a re-import never overwrites.
 */
public final class AuditTransfer {

    /** What an import did; conflicts name the item, language and reviewer. */
    public record Result(int added, int unchanged, List<String> conflicts) {
    }

    private record Key(String item, String lang, String reviewer, int version, String createdAt) {
    }

    private final Database db;

    public AuditTransfer(Database db) {
        this.db = db;
    }

    /** The counted audits of {@code lang} (every language when null) as rows, in item and reviewer order. */
    public List<AuditRow> rows(String lang) {
        Items items = new Items(db);
        List<String> langs = lang == null ? new ArrayList<>(new Audits(db).countsByLanguage().keySet()) : List.of(lang);
        List<AuditRow> out = new ArrayList<>();
        Map<Long, String> ids = new HashMap<>();
        for (String tag : langs) {
            AuditBook book = AuditBook.read(db, tag);
            for (long itemId : book.items()) {
                String external = ids.computeIfAbsent(itemId, id -> items.byId(id).map(Item::externalId).orElseThrow());
                book.audits(itemId).values().forEach(a -> a.answers().forEach((field, values) -> values.forEach(v ->
                        out.add(new AuditRow(external, tag, a.reviewerId(), a.guidelineVersion(), field, v, a.note(),
                                a.createdAt())))));
            }
        }
        return out;
    }

    /** Adds the audits the rows hold that are new; checks every row first, so a bad row stores nothing. */
    public Result importRows(List<AuditRow> rows, String actor) {
        Map<Key, Map<String, List<String>>> audits = new LinkedHashMap<>();
        Map<Key, String> notes = new HashMap<>();
        for (AuditRow r : rows) {
            Key key = new Key(r.item(), r.lang(), r.reviewer(), r.guidelineVersion(), r.createdAt());
            audits.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(r.field(), f -> new ArrayList<>())
                    .add(r.value());
            if (r.note() != null && !r.note().isBlank()) {
                notes.putIfAbsent(key, r.note());
            }
        }
        return db.write(c -> {
            Taxonomy current = Taxonomies.stored(c, actor);
            int added = 0;
            int unchanged = 0;
            List<String> conflicts = new ArrayList<>();
            for (Map.Entry<Key, Map<String, List<String>>> e : audits.entrySet()) {
                Key k = e.getKey();
                long itemId = itemId(c, k.item());
                Taxonomy taxonomy = k.version() == current.version() ? current : Taxonomies.version(c, k.version())
                        .orElseThrow(() -> new IllegalArgumentException("audit of item " + k.item() + " by "
                                + k.reviewer() + ": the project has no audit guideline version " + k.version()));
                Map<String, List<String>> answers = taxonomy.check(e.getValue());
                Audit stored = latest(c, itemId, k.lang(), k.reviewer());
                if (stored != null && stored.answers().equals(answers)
                        && Objects.equals(stored.note(), notes.get(k) == null ? null : notes.get(k).strip())) {
                    unchanged++;
                } else if (stored != null) {
                    conflicts.add(k.item() + " " + k.lang() + " " + k.reviewer() + ": the project holds a different "
                            + "audit (kept)");
                } else {
                    Audits.insert(c, new Audit(0, itemId, k.lang(), k.reviewer(), taxonomy.version(), answers,
                            notes.get(k), k.createdAt() == null || k.createdAt().isBlank() ? null : k.createdAt()));
                    added++;
                }
            }
            return new Result(added, unchanged, conflicts);
        });
    }

    private static long itemId(Connection c, String externalId) throws SQLException {
        try (var ps = c.prepareStatement("SELECT id FROM item WHERE external_id = ?")) {
            ps.setString(1, externalId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("audit of item " + externalId + ": the project has no such item");
                }
                return rs.getLong(1);
            }
        }
    }

    private static Audit latest(Connection c, long itemId, String lang, String reviewer) throws SQLException {
        Audit[] last = new Audit[1];
        Audits.forItem(c, itemId, a -> {
            if (a.lang().equals(lang) && a.reviewerId().equals(reviewer)) {
                last[0] = a;
            }
        });
        return last[0];
    }
}
