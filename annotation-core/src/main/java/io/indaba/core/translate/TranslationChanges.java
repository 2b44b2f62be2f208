package io.indaba.core.translate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Which stored translations changed since a mark in the revision log. Every save appends a revision, so comparing
 * each touched translation with its last revision before the mark finds the changes of any importer.
 */
public final class TranslationChanges {

    private TranslationChanges() {
    }

    /** The mark to compare against later: the newest revision now. */
    public static long mark(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM translation_revision")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Translations that existed at the mark and whose text or status differs now, in save order; new translations
     * are not changes and are left out.
     */
    public static List<TranslationChange> since(Connection c, long mark) throws SQLException {
        String before = "(SELECT %s FROM translation_revision p WHERE p.translation_id = t.id AND p.id <= ? "
                + "ORDER BY p.id DESC LIMIT 1)";
        List<TranslationChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.external_id, t.field, t.lang, t.body, t.status, "
                + before.formatted("p.body") + ", " + before.formatted("p.status")
                + " FROM translation t JOIN item i ON i.id = t.item_id"
                + " WHERE t.id IN (SELECT translation_id FROM translation_revision WHERE id > ?) ORDER BY t.id")) {
            ps.setLong(1, mark);
            ps.setLong(2, mark);
            ps.setLong(3, mark);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String oldText = rs.getString(6);
                    String oldStatus = rs.getString(7);
                    if (oldText != null && (!oldText.equals(rs.getString(4)) || !oldStatus.equals(rs.getString(5)))) {
                        out.add(new TranslationChange(rs.getString(1), rs.getString(2), rs.getString(3), oldText,
                                rs.getString(4), oldStatus, rs.getString(5)));
                    }
                }
            }
        }
        return out;
    }
}
