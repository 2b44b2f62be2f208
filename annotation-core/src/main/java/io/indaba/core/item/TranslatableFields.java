package io.indaba.core.item;

import io.indaba.core.store.Database;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * How many item fields a translator has to translate into each target language: every field of every item
 * except prompts (prompts get candidate responses, not translations). {@code ProjectInfo} counts only the
 * translations that exist, so the overview needs this total to show progress.
 */
public final class TranslatableFields {

    private TranslatableFields() {
    }

    /** The total; runs one aggregate query in SQLite, so it never loads items. */
    public static long count(Database database) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COALESCE(SUM((SELECT count(*) FROM json_each(item.fields))), 0) "
                            + "FROM item WHERE kind <> 'prompt'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
