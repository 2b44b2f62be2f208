package io.indaba.core.formats;

import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.store.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The item lookups importers of translations need, run inside the import's own transaction. */
final class StoredItems {

    private static final String COLUMNS =
            "id, external_id, kind, source_lang, collection, position, fields, answer, meta, source_hash";

    private StoredItems() {
    }

    static Optional<Item> byExternalId(Connection c, String externalId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM item WHERE external_id = ?", externalId, null);
    }

    /** The item at a row position of a collection (a translated file's row n is the English file's row n). */
    static Optional<Item> byPosition(Connection c, String collection, int position) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM item WHERE collection = ? AND position = ? ORDER BY id",
                collection, position);
    }

    static boolean hasCollection(Connection c, String collection) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM item WHERE collection = ? LIMIT 1")) {
            ps.setString(1, collection);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether any item of the collection has a translation into {@code lang}. */
    static boolean hasTranslations(Connection c, String collection, String lang) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM translation t JOIN item i ON i.id = t.item_id "
                + "WHERE i.collection = ? AND t.lang = ? LIMIT 1")) {
            ps.setString(1, collection);
            ps.setString(2, lang);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Adds layout keys to an item's metadata. Only metadata changes (never fields or answer), so the source hash and
     * the translations' "source changed" marks stay as they are.
     */
    static void mergeMeta(Connection c, Item item, Map<String, String> extra) throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>(item.meta());
        meta.putAll(extra);
        if (meta.equals(item.meta())) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE item SET meta = ? WHERE id = ?")) {
            ps.setString(1, Json.stringMap(meta));
            ps.setLong(2, item.id());
            ps.executeUpdate();
        }
    }

    private static Optional<Item> one(Connection c, String sql, Object a, Object b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, a);
            if (b != null) {
                ps.setObject(2, b);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Item(rs.getLong(1), rs.getString(2), ItemKind.of(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getInt(6), Json.stringMap(rs.getString(7)),
                        rs.getString(8), Json.stringMap(rs.getString(9)), rs.getString(10)));
            }
        }
    }
}
