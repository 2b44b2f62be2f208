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
    private final java.util.function.LongPredicate keep;

    public Items(Database db) {
        this(db, id -> true);
    }

    /** Items whose {@link #forEach} streams only the ids {@code keep} accepts: the view a subset export reads. */
    public Items(Database db, java.util.function.LongPredicate keep) {
        this.db = db;
        this.keep = keep;
    }

    /**
     * Imports items in one transaction: new external ids are added, known ones with a new source hash are updated
     * and their translations marked "source changed", identical ones are left alone. A failure or a cancel keeps
     * nothing.
     */
    public ImportSummary importAll(Iterator<Item> items, String actor, String origin, Progress progress) {
        return db.write(c -> {
            ImportSummary summary = importAll(c, items, progress, SourcePolicy.textUpdates(actor));
            EventLog.append(c, actor, "items.imported", "item", null, Map.of(
                    "origin", origin, "added", summary.added(), "changed", summary.changed(),
                    "unchanged", summary.unchanged()));
            return summary;
        });
    }

    /**
     * Imports inside the caller's write transaction (used when an import also writes translations). Items are read,
     * hashed and serialised on a helper thread while this one inserts; a new external id costs one insert, and only
     * ids already stored (or repeated in the input, where the last one wins) are looked up and compared. Because
     * {@code items} is pulled on that helper thread, it must not use {@code c}.
     */
    public static ImportSummary importAll(Connection c, Iterator<Item> items, Progress progress) throws SQLException {
        return importAll(c, items, progress, SourcePolicy.textUpdates("indaba"));
    }

    /**
     * Imports inside the caller's write transaction under {@code policy}: a stored item whose kind, field names or
     * answer key would change is an {@link ItemConflictException} unless the policy allows replacing source; every
     * replaced source is kept in the item's source history.
     */
    public static ImportSummary importAll(Connection c, Iterator<Item> items, Progress progress, SourcePolicy policy)
            throws SQLException {
        String now = Clock.now();
        Counts counts = new Counts();
        try (ReadAhead<Item, Row> rows = new ReadAhead<>(items, Row::of);
             PreparedStatement insert = c.prepareStatement("INSERT INTO item (external_id, kind, source_lang, "
                     + "collection, position, fields, answer, meta, source_hash, created_at, updated_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (external_id) DO NOTHING");
             Existing existing = new Existing(c, now, policy)) {
            List<Row> batch = new ArrayList<>(BATCH);
            while (rows.hasNext()) {
                Row row = rows.next();
                insert.setString(1, row.item().externalId());
                bind(insert, 1, row);
                insert.setString(10, now);
                insert.setString(11, now);
                insert.addBatch();
                batch.add(row);
                if (batch.size() >= BATCH) {
                    flush(insert, batch, existing, counts);
                }
                long done = counts.total() + batch.size();
                if ((done & 1023) == 0) {
                    if (progress.cancelled()) {
                        throw new Cancelled();
                    }
                    progress.update(done, -1);
                }
            }
            flush(insert, batch, existing, counts);
        }
        return new ImportSummary(counts.added, counts.changed, counts.unchanged);
    }

    /** Runs the batched inserts; rows the insert skipped have a stored twin and are compared with it. */
    private static void flush(PreparedStatement insert, List<Row> batch, Existing existing, Counts counts)
            throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        int[] inserted = insert.executeBatch();
        for (int i = 0; i < batch.size(); i++) {
            if (inserted[i] > 0) {
                counts.added++;
            } else if (existing.update(batch.get(i))) {
                counts.changed++;
            } else {
                counts.unchanged++;
            }
        }
        batch.clear();
    }

    private static final class Counts {
        long added;
        long changed;
        long unchanged;

        long total() {
            return added + changed + unchanged;
        }
    }

    /** An item ready to store: its JSON columns written off the writer thread. */
    private record Row(Item item, String fields, String meta) {
        static Row of(Item item) {
            return new Row(item, Json.stringMap(item.fields()), Json.stringMap(item.meta()));
        }
    }

    /**
     * Updates stored items whose source changed, keeping the previous source as a revision, and marks their
     * translations "source changed".
     */
    private static final class Existing implements AutoCloseable {
        private final String now;
        private final SourcePolicy policy;
        private final PreparedStatement find;
        private final PreparedStatement keep;
        private final PreparedStatement update;
        private final PreparedStatement markChanged;

        Existing(Connection c, String now, SourcePolicy policy) throws SQLException {
            this.now = now;
            this.policy = policy;
            this.find = c.prepareStatement("SELECT id, source_hash, kind, fields, answer FROM item "
                    + "WHERE external_id = ?");
            this.keep = c.prepareStatement("INSERT INTO source_revision (item_id, kind, collection, fields, answer, "
                    + "meta, source_hash, replaced_by, replaced_at, note) SELECT id, kind, collection, fields, answer, "
                    + "meta, source_hash, ?, ?, ? FROM item WHERE id = ?");
            this.update = c.prepareStatement("UPDATE item SET kind = ?, source_lang = ?, collection = ?, "
                    + "position = ?, fields = ?, answer = ?, meta = ?, source_hash = ?, updated_at = ? WHERE id = ?");
            this.markChanged = c.prepareStatement("UPDATE translation SET source_changed = 1 WHERE item_id = ?");
        }

        /** Returns whether the stored item differed and was updated. */
        boolean update(Row row) throws SQLException {
            find.setString(1, row.item().externalId());
            long id;
            String hash;
            String conflict = null;
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("item " + row.item().externalId() + " was neither inserted nor found");
                }
                id = rs.getLong(1);
                hash = rs.getString(2);
                if (!hash.equals(row.item().sourceHash()) && !policy.replaceSource()) {
                    conflict = SourceConflict.describe(ItemKind.of(rs.getString(3)), Json.stringMap(rs.getString(4)),
                            rs.getString(5), row.item());
                }
            }
            if (hash.equals(row.item().sourceHash())) {
                return false;
            }
            if (conflict != null) {
                throw new ItemConflictException(row.item().externalId(), conflict);
            }
            keep.setString(1, policy.actor());
            keep.setString(2, now);
            keep.setString(3, policy.note());
            keep.setLong(4, id);
            keep.executeUpdate();
            bind(update, 0, row);
            update.setString(9, now);
            update.setLong(10, id);
            update.executeUpdate();
            markChanged.setLong(1, id);
            markChanged.executeUpdate();
            return true;
        }

        @Override
        public void close() throws SQLException {
            try (find; keep; update; markChanged) {
                // closes all four
            }
        }
    }

    /** Binds the item's columns from kind to source hash, starting after {@code i} leading parameters. */
    private static void bind(PreparedStatement ps, int i, Row row) throws SQLException {
        Item item = row.item();
        ps.setString(1 + i, item.kind().code());
        ps.setString(2 + i, item.sourceLang());
        ps.setString(3 + i, item.collection());
        ps.setInt(4 + i, item.position());
        ps.setString(5 + i, row.fields());
        ps.setString(6 + i, item.answer());
        ps.setString(7 + i, row.meta());
        ps.setString(8 + i, item.sourceHash());
    }

    /** The sources that imports replaced, kept per item. */
    public SourceHistory sourceHistory() {
        return new SourceHistory(db);
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

    /**
     * Items without an answer key, by kind, for the kinds that have one (multiple choice, Winogrande): the
     * unlabeled test split, not a missing answer.
     */
    public Map<ItemKind, Long> unlabeledByKind() {
        return db.read(c -> {
            Map<ItemKind, Long> out = new EnumMap<>(ItemKind.class);
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT kind, count(*) FROM item "
                    + "WHERE answer IS NULL AND kind IN ('mcq', 'winogrande') GROUP BY kind")) {
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
                        if (keep.test(rs.getLong(1))) {
                            action.accept(read(rs));
                        }
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
