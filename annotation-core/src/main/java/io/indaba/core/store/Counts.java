package io.indaba.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@code SELECT key, count(*) ... GROUP BY key} queries into sorted maps. */
public final class Counts {

    private Counts() {
    }

    /** Runs a fixed grouped count (no user data in {@code sql}) and returns key → count, keys sorted. */
    public static Map<String, Long> byKey(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
