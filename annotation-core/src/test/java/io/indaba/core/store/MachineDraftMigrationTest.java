package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V5: machine translations stored as {@code <lang>-x-mt} translations move to machine drafts ({@code tm_entry}). */
class MachineDraftMigrationTest {

    @TempDir
    Path dir;

    @Test
    void xMtTranslationsBecomeDraftsNamedAfterTheirFileAndHumanTranslationsStay() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("old.indaba"))) {
            Migrations.migrateTo(c, 4);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO item (id, external_id, kind, source_lang, fields, source_hash, created_at, "
                        + "updated_at) VALUES (1, 'virology_dev#1', 'mcq', 'en', "
                        + "'{\"question\":\"What is a virus?\",\"A\":\"A germ\"}', 'h', 't0', 't0')");
                s.execute(translation(1, "question", "am-x-mt", "ቫይረስ ምንድን ነው?"));
                s.execute(revision(1, "ቫይረስ ምንድን ነው?", "imported from virology_dev_am.csv"));
                s.execute(translation(2, "A", "am-x-mt", "ጀርም"));
                s.execute(revision(2, "ጀርም", "imported from old_name.csv"));
                s.execute(revision(2, "ጀርም", "imported from virology_dev_am.csv"));
                s.execute(translation(3, "question", "am", "ቫይረስ ምንድነው?"));
                s.execute(revision(3, "ቫይረስ ምንድነው?", null));
                s.execute(translation(4, "A", "ig-x-mt", "Nje"));
                s.execute(revision(4, "Nje", "typed in"));
            }
            Migrations.migrateTo(c, 5);

            assertEquals(List.of(
                    "en>am|What is a virus?|ቫይረስ ምንድን ነው?|mt:virology_dev_am.csv|virology_dev#1|question",
                    "en>am|A germ|ጀርም|mt:virology_dev_am.csv|virology_dev#1|A",
                    "en>ig|A germ|Nje|mt:imported|virology_dev#1|A"), rows(c, "SELECT source_lang || '>' || "
                    + "target_lang, source_text, target_text, origin, json_extract(meta, '$.item'), "
                    + "json_extract(meta, '$.field') FROM tm_entry ORDER BY id"));
            assertEquals(List.of("am|ቫይረስ ምንድነው?"), rows(c, "SELECT lang, body FROM translation"));
            assertEquals(List.of("3|null|null"), rows(c,
                    "SELECT translation_id, draft_origin, draft_body FROM translation_revision"));
            assertEquals(List.of(), SchemaCheck.differences(c, 5));
        }
    }

    private static String translation(int id, String field, String lang, String body) {
        return "INSERT INTO translation (id, item_id, field, lang, body, status, source_hash, updated_by, updated_at) "
                + "VALUES (" + id + ", 1, '" + field + "', '" + lang + "', '" + body + "', 'translated', 'h', 'x', 't"
                + id + "')";
    }

    private static String revision(int translation, String body, String note) {
        return "INSERT INTO translation_revision (translation_id, body, status, origin, author, created_at, note) "
                + "VALUES (" + translation + ", '" + body + "', 'translated', 'mt', 'x', 't', "
                + (note == null ? "NULL" : "'" + note + "'") + ")";
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                out.add(String.join("|", row));
            }
        }
        return out;
    }
}
