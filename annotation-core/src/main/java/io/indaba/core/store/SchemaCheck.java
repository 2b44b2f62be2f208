package io.indaba.core.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a project's schema with what the migrations create for its version: tables, columns, indexes, foreign
 * keys, and no triggers or views of its own. Projects travel by mail, so a planted trigger must not run here.
 */
final class SchemaCheck {

    private static final int SHOWN = 8;
    private static final Map<Integer, TreeSet<String>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** The differences from the expected schema of {@code version}, as lines a user can read; empty when equal. */
    static List<String> differences(Connection c, int version) throws SQLException {
        TreeSet<String> expected = expected(version);
        TreeSet<String> actual = describe(c);
        List<String> found = new ArrayList<>();
        for (String line : actual) {
            if (!expected.contains(line)) {
                found.add("unexpected " + line);
            }
        }
        for (String line : expected) {
            if (!actual.contains(line)) {
                found.add("missing " + line);
            }
        }
        // Whole tables, indexes, triggers and views first: they say more than the columns they take with them.
        found.sort(java.util.Comparator.comparing((String d) -> d.contains(" column of ") || d.contains(" key of ")
                || d.contains(" foreign key of ")));
        return found;
    }

    /** One line naming the first differences, for a refusal message. */
    static String summary(List<String> differences) {
        String shown = String.join("; ", differences.subList(0, Math.min(SHOWN, differences.size())));
        return differences.size() > SHOWN ? shown + "; and " + (differences.size() - SHOWN) + " more" : shown;
    }

    private static TreeSet<String> expected(int version) throws SQLException {
        TreeSet<String> known = EXPECTED.get(version);
        if (known != null) {
            return known;
        }
        // Computed once per run from the migrations themselves, so the check cannot drift from what they create.
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.migrateTo(memory, version);
            TreeSet<String> made = describe(memory);
            EXPECTED.put(version, made);
            return made;
        }
    }

    private static TreeSet<String> describe(Connection c) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                lines.add(rs.getString(1) + " " + rs.getString(2) + " on " + rs.getString(3));
                if ("table".equals(rs.getString(1))) {
                    tables.add(rs.getString(2));
                }
            }
        }
        for (String table : tables) {
            String q = quote(table);
            rows(c, "PRAGMA table_xinfo(" + q + ")", lines, "column of " + table + ":", 2, 3, 4, 5, 6, 7);
            rows(c, "PRAGMA foreign_key_list(" + q + ")", lines, "foreign key of " + table + ":", 3, 4, 5, 6, 7);
            List<String> indexes = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_list(" + q + ")")) {
                while (rs.next()) {
                    lines.add("index " + rs.getString(2) + " of " + table + ": unique=" + rs.getInt(3)
                            + " origin=" + rs.getString(4) + " partial=" + rs.getInt(5));
                    indexes.add(rs.getString(2));
                }
            }
            for (String index : indexes) {
                rows(c, "PRAGMA index_xinfo(" + quote(index) + ")", lines, "key of index " + index + ":", 1, 3, 4, 5, 6);
            }
        }
        return lines;
    }

    private static void rows(Connection c, String pragma, TreeSet<String> into, String prefix, int... columns)
            throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
            while (rs.next()) {
                StringBuilder line = new StringBuilder(prefix);
                for (int col : columns) {
                    line.append(' ').append(rs.getMetaData().getColumnName(col)).append('=').append(rs.getString(col));
                }
                into.add(line.toString());
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
