package io.indaba.core.translate;

import io.indaba.core.base.BadInputException;
import io.indaba.core.item.OpenProject;
import io.indaba.core.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project glossary of one language pair ({@code glossary_term}): terms added in the editor or imported from
 * CSV/TSV or TBX, and the terms present in a source segment for the editor to highlight.
 */
public final class Glossary {

    private final Database db;
    private final LanguagePair pair;
    // Rebuilt after a change; segments are searched far more often than terms are added. Building and dropping
    // share a lock so a finder built from terms read before a change committed cannot outlive the drop.
    private volatile TermFinder finder;
    private final Object finderLock = new Object();

    public Glossary(Database db, String sourceLang, String targetLang) {
        this.db = db;
        this.pair = new LanguagePair(sourceLang, targetLang);
    }

    /** The glossary from the project's source language into {@code targetLang}. */
    public static Glossary of(OpenProject project, String targetLang) {
        return new Glossary(project.database(), project.settings().sourceLang(), targetLang);
    }

    /** Adds a term from the editor; a term already present (same source, ignoring case, same target) is returned. */
    public GlossaryTerm add(String source, String target, String note) {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a glossary term needs a source and a target");
        }
        GlossaryRow row = new GlossaryRow(0, source.strip(), target.strip(),
                note == null || note.isBlank() ? null : note.strip());
        GlossaryTerm term = db.write(c -> {
            GlossaryTerm existing = existing(c, row);
            return existing != null ? existing : insert(c, row);
        });
        dropFinder();
        return term;
    }

    /**
     * Imports a glossary file, all or nothing: {@code .tbx} (or XML starting with a TBX root) as a term base, anything
     * else as delimited text. Bad input throws {@link BadInputException} naming the file and line.
     */
    public GlossaryImport importFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return importFile(file, name.endsWith(".tbx") || name.endsWith(".xml"));
    }

    /** Imports a glossary file as a TBX term base or as delimited text, whatever its name; all or nothing. */
    public GlossaryImport importFile(Path file, boolean tbxFile) {
        List<GlossaryRow> rows;
        int skipped = 0;
        if (tbxFile) {
            GlossaryTbx.Result tbx = GlossaryTbx.read(file, pair);
            rows = tbx.rows();
            skipped = tbx.skipped();
        } else {
            rows = GlossaryCsv.read(file, pair);
        }
        int skippedEntries = skipped;
        GlossaryImport result = db.write(c -> {
            Set<List<String>> present = new HashSet<>();
            for (GlossaryTerm t : terms(c)) {
                present.add(key(t.source(), t.target()));
            }
            int added = 0;
            for (GlossaryRow row : rows) {
                if (present.add(key(row.source(), row.target()))) {
                    insert(c, row);
                    added++;
                }
            }
            return new GlossaryImport(added, rows.size() - added, skippedEntries);
        });
        dropFinder();
        return result;
    }

    /** Every term of this pair, in the order added. */
    public List<GlossaryTerm> terms() {
        return db.read(this::terms);
    }

    /** The terms present in {@code sourceText}, by position (longest first where two start together). */
    public List<GlossaryHit> find(String sourceText) {
        TermFinder f = finder;
        if (f == null) {
            synchronized (finderLock) {
                f = finder;
                if (f == null) {
                    f = new TermFinder(terms());
                    finder = f;
                }
            }
        }
        return f.find(sourceText);
    }

    private void dropFinder() {
        synchronized (finderLock) {
            finder = null;
        }
    }

    private List<GlossaryTerm> terms(Connection c) throws SQLException {
        List<GlossaryTerm> out = new ArrayList<>();
        String primary = LanguagePair.primary(pair.target());
        try (PreparedStatement ps = c.prepareStatement("SELECT id, source_lang, target_lang, source_term, target_term, "
                + "note FROM glossary_term WHERE lower(target_lang) = ? OR lower(target_lang) LIKE ? ORDER BY id")) {
            ps.setString(1, primary);
            ps.setString(2, primary + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    GlossaryTerm t = new GlossaryTerm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6));
                    if (pair.covers(t.sourceLang(), t.targetLang())) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    private GlossaryTerm existing(Connection c, GlossaryRow row) throws SQLException {
        List<String> wanted = key(row.source(), row.target());
        for (GlossaryTerm t : terms(c)) {
            if (key(t.source(), t.target()).equals(wanted)) {
                return t;
            }
        }
        return null;
    }

    /** Two terms are the same when their sources differ only in case or spacing and their targets are equal. */
    private static List<String> key(String source, String target) {
        return List.of(MatchText.normalise(source), target.strip());
    }

    private GlossaryTerm insert(Connection c, GlossaryRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO glossary_term (source_lang, target_lang, "
                + "source_term, target_term, note) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, pair.source());
            ps.setString(2, pair.target());
            ps.setString(3, row.source());
            ps.setString(4, row.target());
            ps.setString(5, row.note());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new GlossaryTerm(keys.getLong(1), pair.source(), pair.target(), row.source(), row.target(),
                        row.note());
            }
        }
    }
}
