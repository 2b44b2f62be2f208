package io.indaba.core.item;

import io.indaba.core.store.Database;
import io.indaba.core.store.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The earlier sources of items that imports replaced, oldest first. */
public final class SourceHistory {

    private final Database db;

    public SourceHistory(Database db) {
        this.db = db;
    }

    /** Every replaced source of one item, oldest first (empty when its source never changed). */
    public List<SourceRevision> of(long itemId) {
        return db.read(c -> {
            List<SourceRevision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, item_id, kind, collection, fields, answer, "
                    + "source_hash, replaced_by, replaced_at, note FROM source_revision WHERE item_id = ? ORDER BY id")) {
                ps.setLong(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SourceRevision(rs.getLong(1), rs.getLong(2), ItemKind.of(rs.getString(3)),
                                rs.getString(4), Json.stringMap(rs.getString(5)), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), rs.getString(10)));
                    }
                }
            }
            return out;
        });
    }
}
