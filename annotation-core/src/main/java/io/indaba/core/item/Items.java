package io.indaba.core.item;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The items of a project: batched all-or-nothing import with source-change detection, paging and lookup. */
public final class Items {

    private static final int BATCH = 2_000;
    private static final String COLUMNS =
            "id, external_id, kind, source_lang, collection, position, fields, answer, meta, source_hash";

    private final Database db;

    public Items(Database db) {
        this.db = db;
    }

    /**
     * Imports items in one transaction: new external ids are added, known ones with a new source hash are updated
     * and their translations marked "source changed", identical ones are left alone. A failure or a cancel keeps
     * nothing.
     */
    public ImportSummary importAll(Iterator<Item> items, String actor, String origin, Progress progress) {
        return db.write(c -> {
            ImportSummary summary = importAll(c, items, progress);
            EventLog.append(c, actor, "items.imported", "item", null, Map.of(
                    "origin", origin, "added", summary.added(), "changed", summary.changed(),
                    "unchanged", summary.unchanged()));
            return summary;
        });
    }

    /** Imports inside the caller's write transaction (used when an import also writes translations). */
    public static ImportSummary importAll(Connection c, Iterator<Item> items, Progress progress) throws SQLException {
        long added = 0;
        long changed = 0;
        long unchanged = 0;
        String now = Clock.now();
        try (PreparedStatement find = c.prepareStatement("SELECT id, source_hash FROM item WHERE external_id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO item (external_id, kind, source_lang, "
                     + "collection, position, fields, answer, meta, source_hash, created_at, updated_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE item SET kind = ?, source_lang = ?, collection = ?, "
                     + "position = ?, fields = ?, answer = ?, meta = ?, source_hash = ?, updated_at = ? WHERE id = ?");
             PreparedStatement markChanged = c.prepareStatement(
                     "UPDATE translation SET source_changed = 1 WHERE item_id = ?")) {
            int pending = 0;
            while (items.hasNext()) {
                Item item = items.next();
                find.setString(1, item.externalId());
                Long existingId = null;
                String existingHash = null;
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        existingId = rs.getLong(1);
                        existingHash = rs.getString(2);
                    }
                }
                if (existingId == null) {
                    insert.setString(1, item.externalId());
                    bind(insert, 1, item);
                    insert.setString(10, now);
                    insert.setString(11, now);
                    insert.addBatch();
                    added++;
                    // Batched inserts must be visible to the duplicate check of later rows in the same file.
                    if (++pending >= BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                } else if (!existingHash.equals(item.sourceHash())) {
                    bind(update, 0, item);
                    update.setString(9, now);
                    update.setLong(10, existingId);
                    update.executeUpdate();
                    markChanged.setLong(1, existingId);
                    markChanged.executeUpdate();
                    changed++;
                } else {
                    unchanged++;
                }
                long done = added + changed + unchanged;
                if ((done & 1023) == 0) {
                    if (progress.cancelled()) {
                        throw new Cancelled();
                    }
                    progress.update(done, -1);
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return new ImportSummary(added, changed, unchanged);
    }

    /** Binds the item's columns from kind to source hash, starting after {@code i} leading parameters. */
    private static void bind(PreparedStatement ps, int i, Item item) throws SQLException {
        ps.setString(1 + i, item.kind().code());
        ps.setString(2 + i, item.sourceLang());
        ps.setString(3 + i, item.collection());
        ps.setInt(4 + i, item.position());
        ps.setString(5 + i, Json.stringMap(item.fields()));
        ps.setString(6 + i, item.answer());
        ps.setString(7 + i, Json.stringMap(item.meta()));
        ps.setString(8 + i, item.sourceHash());
    }

    /** The item with this database id. */
    public Optional<Item> byId(long id) {
        return db.read(c -> one(c, "SELECT " + COLUMNS + " FROM item WHERE id = ?", id));
    }

    /** The item with this external id. */
    public Optional<Item> byExternalId(String externalId) {
        return db.read(c -> one(c, "SELECT " + COLUMNS + " FROM item WHERE external_id = ?", externalId));
    }

    /** The item with this database id, read on the caller's connection. */
    public static Optional<Item> byId(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM item WHERE id = ?", id);
    }

    private static Optional<Item> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** One page of items in collection order; pages come from SQLite so huge projects never load whole. */
    public List<Item> page(ItemQuery query, int offset, int limit) {
        return db.read(c -> {
            List<Object> args = new ArrayList<>();
            String where = where(query, args);
            args.add(limit);
            args.add(offset);
            List<Item> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM item" + where
                    + " ORDER BY collection, position, id LIMIT ? OFFSET ?")) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    /** How many items match. */
    public long count(ItemQuery query) {
        return db.read(c -> {
            List<Object> args = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM item" + where(query, args))) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String where(ItemQuery query, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        if (query.kind() != null) {
            clauses.add("kind = ?");
            args.add(query.kind().code());
        }
        if (query.collection() != null) {
            clauses.add("collection = ?");
            args.add(query.collection());
        }
        if (query.text() != null && !query.text().isBlank()) {
            clauses.add("(lower(fields) LIKE ? OR lower(external_id) LIKE ?)");
            String like = "%" + query.text().toLowerCase(java.util.Locale.ROOT) + "%";
            args.add(like);
            args.add(like);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Item counts by kind, every kind present. */
    public Map<ItemKind, Long> countByKind() {
        return db.read(c -> {
            Map<ItemKind, Long> out = new EnumMap<>(ItemKind.class);
            for (ItemKind k : ItemKind.values()) {
                out.put(k, 0L);
            }
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT kind, count(*) FROM item GROUP BY kind")) {
                while (rs.next()) {
                    out.put(ItemKind.of(rs.getString(1)), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** The distinct collections in order, e.g. one per imported file. */
    public List<String> collections() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var s = c.createStatement();
                 var rs = s.executeQuery("SELECT DISTINCT collection FROM item ORDER BY collection")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Streams every item (optionally of one collection) in order without holding them all in memory. */
    public void forEach(String collection, Consumer<Item> action) {
        db.read(c -> {
            String sql = "SELECT " + COLUMNS + " FROM item"
                    + (collection == null ? "" : " WHERE collection = ?") + " ORDER BY collection, position, id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (collection != null) {
                    ps.setString(1, collection);
                }
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(read(rs));
                    }
                }
            }
            return null;
        });
    }

    /** Links two items (a Winogrande twin, or a translation-of relation). */
    public void link(long itemId, String kind, long targetItemId, String actor) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO item_link (item_id, kind, target_item_id) VALUES (?, ?, ?)")) {
                ps.setLong(1, itemId);
                ps.setString(2, kind);
                ps.setLong(3, targetItemId);
                ps.executeUpdate();
            }
            EventLog.append(c, actor, "item.linked", "item", itemId, Map.of("kind", kind, "target", targetItemId));
            return null;
        });
    }

    /** The items linked from {@code itemId} with the given link kind. */
    public List<Long> links(long itemId, String kind) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT target_item_id FROM item_link WHERE item_id = ? AND kind = ? ORDER BY target_item_id")) {
                ps.setLong(1, itemId);
                ps.setString(2, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    static Item read(ResultSet rs) throws SQLException {
        LinkedHashMap<String, String> fields = Json.stringMap(rs.getString(7));
        return new Item(rs.getLong(1), rs.getString(2), ItemKind.of(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getInt(6), fields, rs.getString(8), Json.stringMap(rs.getString(9)),
                rs.getString(10));
    }
}
