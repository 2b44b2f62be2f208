package io.indaba.app.translate;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import io.indaba.core.text.Nfc;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search and replace over every translation into one language, streamed from SQLite: counting what would change
 * (the preview) and applying it as revisions of origin human in one transaction, so a cancel keeps nothing.
 *
 * @param lang        the target language
 * @param find        what to find, literal unless {@code regex}
 * @param replacement what to put instead ({@code $1} groups when {@code regex})
 * @param regex       whether {@code find} is a regular expression
 */
public record ReplacePlan(String lang, String find, String replacement, boolean regex) {

    /** What a preview or a run found: matches in how many translations. */
    public record Count(long matches, long translations) {
    }

    /** The compiled search; throws {@link java.util.regex.PatternSyntaxException} on a bad regex. */
    public Pattern pattern() {
        return Pattern.compile(regex ? find : Pattern.quote(find));
    }

    /** Counts the matches without writing anything. */
    public Count preview(Project project, Progress progress) {
        Pattern pattern = pattern();
        long[] n = new long[2];
        project.database().read(c -> {
            scan(c, (id, itemId, field, body, status, hash) -> {
                long found = pattern.matcher(body).results().count();
                if (found > 0) {
                    n[0] += found;
                    n[1]++;
                }
            }, progress);
            return null;
        });
        return new Count(n[0], n[1]);
    }

    /** Replaces in every matching translation (status kept) and returns what was changed. */
    public Count apply(Project project, String author, Progress progress) {
        Pattern pattern = pattern();
        String note = "replace " + find + " → " + replacement;
        return project.database().write(c -> {
            long[] n = new long[2];
            scan(c, (id, itemId, field, body, status, hash) -> {
                Matcher m = pattern.matcher(body);
                long found = m.results().count();
                if (found == 0) {
                    return;
                }
                String replaced = regex ? m.replaceAll(replacement) : m.replaceAll(Matcher.quoteReplacement(replacement));
                replaced = Nfc.normalize(replaced);
                if (!replaced.equals(body)) {
                    Translations.save(c, new Translations.Change(itemId, field, lang, replaced, status, Origin.HUMAN,
                            author, hash, note));
                    n[0] += found;
                    n[1]++;
                }
            }, progress);
            return new Count(n[0], n[1]);
        });
    }

    private interface Row {
        void accept(long id, long itemId, String field, String body, TranslationStatus status, String hash)
                throws java.sql.SQLException;
    }

    private void scan(java.sql.Connection c, Row row, Progress progress) throws java.sql.SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM translation WHERE lang = ?")) {
            ps.setString(1, lang);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        // Chunks keyed by id: a save rewrites rows already read, never ones ahead, and memory stays flat.
        long last = 0;
        long done = 0;
        while (true) {
            java.util.List<Object[]> chunk = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, item_id, field, body, status, source_hash "
                    + "FROM translation WHERE lang = ? AND id > ? ORDER BY id LIMIT 1000")) {
                ps.setString(1, lang);
                ps.setLong(2, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        chunk.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                TranslationStatus.of(rs.getString(5)), rs.getString(6)});
                    }
                }
            }
            for (Object[] r : chunk) {
                last = (Long) r[0];
                row.accept(last, (Long) r[1], (String) r[2], (String) r[3], (TranslationStatus) r[4], (String) r[5]);
            }
            done += chunk.size();
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            progress.update(done, total);
            if (chunk.size() < 1000) {
                break;
            }
        }
        if (progress.cancelled()) {
            throw new Cancelled();
        }
        progress.update(total, total);
    }
}
