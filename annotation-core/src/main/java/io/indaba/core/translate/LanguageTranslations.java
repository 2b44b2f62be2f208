package io.indaba.core.translate;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every stored translation into one language, streamed from SQLite in chunks keyed by id (memory stays flat at
 * a million rows): read in one snapshot, or rewritten in one transaction so a cancel keeps nothing. Progress
 * counts rows; a cancel throws {@link Cancelled} after the chunk in hand.
 */
public final class LanguageTranslations {

    /** One stored translation as the scan sees it. */
    public record Stored(long id, long itemId, String field, String body, TranslationStatus status,
                         String sourceHash) {
    }

    private static final int CHUNK = 1000;

    private LanguageTranslations() {
    }

    /** Hands every translation into {@code lang} to {@code each}, in id order, from one read snapshot. */
    public static void read(Database database, String lang, Consumer<Stored> each, Progress progress) {
        database.read(c -> {
            scan(c, lang, each::accept, progress);
            return null;
        });
    }

    /**
     * Asks {@code change} about every translation into {@code lang}, in id order, and saves each revision it
     * returns, all in one write transaction. A save rewrites rows already read, never ones ahead.
     */
    public static void rewrite(Database database, String lang, Function<Stored, Optional<Translations.Change>> change,
                               Progress progress) {
        database.write(c -> {
            scan(c, lang, row -> {
                Optional<Translations.Change> revision = change.apply(row);
                if (revision.isPresent()) {
                    Translations.save(c, revision.get());
                }
            }, progress);
            return null;
        });
    }

    private interface Visitor {
        void accept(Stored row) throws SQLException;
    }

    private static void scan(Connection c, String lang, Visitor row, Progress progress) throws SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM translation WHERE lang = ?")) {
            ps.setString(1, lang);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        long last = 0;
        long done = 0;
        while (true) {
            List<Stored> chunk = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, item_id, field, body, status, source_hash "
                    + "FROM translation WHERE lang = ? AND id > ? ORDER BY id LIMIT " + CHUNK)) {
                ps.setString(1, lang);
                ps.setLong(2, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        chunk.add(new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                TranslationStatus.of(rs.getString(5)), rs.getString(6)));
                    }
                }
            }
            for (Stored r : chunk) {
                last = r.id();
                row.accept(r);
            }
            done += chunk.size();
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            progress.update(done, total);
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        if (progress.cancelled()) {
            throw new Cancelled();
        }
        progress.update(total, total);
    }
}
