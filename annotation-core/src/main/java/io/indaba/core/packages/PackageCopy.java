package io.indaba.core.packages;

import io.indaba.core.prefer.Annotator;
import io.indaba.core.store.Clock;
import io.indaba.core.store.EventLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Copies what an annotator package holds from the project into the new package file, keeping every id. */
final class PackageCopy {

    private PackageCopy() {
    }

    /** Fills {@code dst}; returns the counts of items, candidates and judgements copied. */
    static long[] fill(Connection src, Connection dst, Path source, Annotator annotator,
                       java.util.List<AnnotatorPackage.Assignment> assignments, String packageId) throws SQLException {
        try (PreparedStatement ps = dst.prepareStatement("INSERT INTO project_setting (name, value) VALUES (?, ?)")) {
            for (String[] kv : new String[][] {{AnnotatorPackage.ANNOTATOR_SETTING, annotator.id()},
                    {"package.source", source.getFileName().toString()}, {"package.created_at", Clock.now()},
                    {PackageGrant.ID_SETTING, packageId}}) {
                ps.setString(1, kv[0]);
                ps.setString(2, kv[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        copy(src, dst, "guideline", "1 = 1", null);
        long items = 0;
        long candidates = 0;
        long judgements = 0;
        Set<Long> copiedCandidates = new HashSet<>();
        for (long itemId : AnnotatorPackage.ids(assignments)) {
            items += copy(src, dst, "item", "id = ?", itemId);
            candidates += copyCandidates(src, dst, itemId, copiedCandidates);
            // their own earlier judgements, so the annotator sees what they already did; never anyone else's
            judgements += copy(src, dst, "judgement", "item_id = ? AND annotator_id = ?", itemId,
                    annotator.id());
        }
        try (PreparedStatement ps = dst.prepareStatement("INSERT INTO assignment (annotator_id, item_id, lang, "
                + "order_seed, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (AnnotatorPackage.Assignment a : assignments) {
                ps.setString(1, annotator.id());
                ps.setLong(2, a.itemId());
                ps.setString(3, a.lang());
                ps.setLong(4, a.orderSeed());
                ps.setString(5, a.createdAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        EventLog.append(dst, "package:" + annotator.id(), "package.created", "annotator", annotator.id(),
                Map.of("source", source.getFileName().toString(), "items", items, "candidates", candidates,
                        "judgements", judgements));
        return new long[] {items, candidates, judgements};
    }

    private static long copyCandidates(Connection src, Connection dst, long itemId, Set<Long> copied)
            throws SQLException {
        long n = 0;
        try (PreparedStatement read = src.prepareStatement("SELECT * FROM candidate WHERE item_id = ? ORDER BY id");
             PreparedStatement write = dst.prepareStatement(insert(dst, "candidate"))) {
            read.setLong(1, itemId);
            try (ResultSet rs = read.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        // an edit of a candidate outside the package keeps its text but not the dangling link
                        if (md.getColumnName(i).equals("parent_candidate_id") && v != null
                                && !copied.contains(((Number) v).longValue())) {
                            v = null;
                        }
                        write.setObject(i, v);
                    }
                    write.executeUpdate();
                    copied.add(rs.getLong("id"));
                    n++;
                }
            }
        }
        return n;
    }

    /** Copies the rows of {@code table} matching {@code where} column for column; returns how many. */
    private static long copy(Connection src, Connection dst, String table, String where, Object... args)
            throws SQLException {
        long n = 0;
        try (PreparedStatement read = src.prepareStatement("SELECT * FROM " + table + " WHERE " + where);
             PreparedStatement write = dst.prepareStatement(insert(dst, table))) {
            for (int i = 0; args != null && i < args.length; i++) {
                read.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = read.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        write.setObject(i, rs.getObject(i));
                    }
                    write.executeUpdate();
                    n++;
                }
            }
        }
        return n;
    }

    /** An INSERT of every column of {@code table} in schema order, the order {@code SELECT *} returns. */
    private static String insert(Connection c, String table) throws SQLException {
        StringBuilder cols = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                cols.append(cols.isEmpty() ? "" : ", ").append(rs.getString("name"));
                marks.append(marks.isEmpty() ? "?" : ", ?");
            }
        }
        return "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")";
    }
}
