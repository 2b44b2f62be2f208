package io.indaba.core.translate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.store.Database;
import io.indaba.core.store.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Items with their translations into one language, keyset-paged in collection order straight from SQLite, for
 * lists that must never load a million-item project whole (the editor's item list). Prompts are left out: they
 * get candidate responses, not translations.
 */
public final class ItemTranslationPages {

    /** Where a chunk starts: after this item in list order (collection, position, id). */
    public record Key(String collection, int position, long id) {
    }

    /**
     * One item, the bodies of its translations into the language by field, and their statuses (fields the item
     * no longer has are left out of both).
     */
    public record Row(Item item, Map<String, String> targets, List<TranslationStatus> statuses) {
    }

    private ItemTranslationPages() {
    }

    /** Up to {@code size} items after {@code after} in list order, each with its translations into {@code lang}. */
    public static List<Row> after(Database database, String lang, Key after, int size) {
        return database.read(c -> {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.external_id, i.kind, i.source_lang, "
                    + "i.collection, i.position, i.fields, i.answer, i.meta, i.source_hash, "
                    + "(SELECT json_group_object(t.field, json_array(t.status, t.body)) FROM translation t "
                    + "WHERE t.item_id = i.id AND t.lang = ?) FROM item i WHERE i.kind <> 'prompt' "
                    + "AND (i.collection, i.position, i.id) > (?, ?, ?) ORDER BY i.collection, i.position, i.id "
                    + "LIMIT ?")) {
                ps.setString(1, lang);
                ps.setString(2, after.collection());
                ps.setInt(3, after.position());
                ps.setLong(4, after.id());
                ps.setInt(5, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return out;
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        Item item = new Item(rs.getLong(1), rs.getString(2), ItemKind.of(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getInt(6), Json.stringMap(rs.getString(7)), rs.getString(8),
                Json.stringMap(rs.getString(9)), rs.getString(10));
        Map<String, String> targets = new LinkedHashMap<>();
        List<TranslationStatus> statuses = new ArrayList<>();
        String json = rs.getString(11);
        if (json != null) {
            try {
                JsonNode node = Json.MAPPER.readTree(json);
                node.properties().forEach(e -> {
                    if (item.fields().containsKey(e.getKey())) {
                        statuses.add(TranslationStatus.of(e.getValue().get(0).asText()));
                        targets.put(e.getKey(), e.getValue().get(1).asText());
                    }
                });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable translation summary for item " + item.externalId(), e);
            }
        }
        return new Row(item, targets, statuses);
    }
}
