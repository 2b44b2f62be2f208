package io.indaba.core.project;

import io.indaba.core.audit.Audits;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.ItemQuery;
import io.indaba.core.item.Items;
import io.indaba.core.item.OpenProject;
import io.indaba.core.prefer.Annotators;
import io.indaba.core.prefer.Candidates;
import io.indaba.core.prefer.Judgements;
import io.indaba.core.store.Backups;
import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Migrations;
import io.indaba.core.store.StoreException;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An open project file and everything in it: the one entry point of the core for the app and the CLI. */
public final class Project implements OpenProject, AutoCloseable {

    private final Database db;
    private final Items items;
    private final Translations translations;
    private final Candidates candidates;
    private final Judgements judgements;
    private final Annotators annotators;
    private final Audits audits;
    private final EventLog events;
    private final io.indaba.core.prefer.WorkQueue queue;
    private final boolean owner;

    private Project(Database db) {
        this(db, null);
    }

    private Project(Database db, java.util.function.LongPredicate keep) {
        this.db = db;
        this.owner = keep == null;
        this.items = keep == null ? new Items(db) : new Items(db, keep);
        this.translations = new Translations(db);
        this.candidates = new Candidates(db);
        this.judgements = new Judgements(db);
        this.annotators = new Annotators(db);
        this.audits = new Audits(db);
        this.events = new EventLog(db);
        this.queue = new io.indaba.core.prefer.WorkQueue(db);
    }

    /** Creates a new project file with these settings; an existing file is never overwritten. */
    public static Project create(Path file, ProjectSettings settings, String actor) {
        Database db = Database.create(file);
        try {
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO project_setting (name, value) VALUES (?, ?)")) {
                    for (String[] kv : new String[][] {{"name", settings.name()}, {"created_at", Clock.now()},
                            {"created_by", actor}}) {
                        ps.setString(1, kv[0]);
                        ps.setString(2, kv[1]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO project_language (tag, role) VALUES (?, ?)")) {
                    ps.setString(1, settings.sourceLang());
                    ps.setString(2, "source");
                    ps.addBatch();
                    for (String t : settings.targetLangs()) {
                        ps.setString(1, t);
                        ps.setString(2, "target");
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                EventLog.append(c, actor, "project.created", "project", settings.name(), Map.of(
                        "source", settings.sourceLang(), "targets", settings.targetLangs()));
                return null;
            });
            return new Project(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens an existing project, refusing foreign, damaged or newer files (see {@code ProjectOpenException}). */
    public static Project open(Path file) {
        return new Project(Database.open(file));
    }

    /** Opens an existing project only to read: nothing is migrated, backed up or written, and no writer is waited on. */
    public static Project openReadOnly(Path file) {
        return new Project(Database.openReadOnly(file));
    }

    /** The project's settings as stored. */
    public ProjectSettings settings() {
        return db.read(c -> {
            String name = "";
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT value FROM project_setting WHERE name = 'name'")) {
                if (rs.next()) {
                    name = rs.getString(1);
                }
            }
            String source = "und";
            List<String> targets = new ArrayList<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT tag, role FROM project_language ORDER BY tag")) {
                while (rs.next()) {
                    if ("source".equals(rs.getString(2))) {
                        source = rs.getString(1);
                    } else {
                        targets.add(rs.getString(1));
                    }
                }
            }
            return new ProjectSettings(name, source, targets);
        });
    }

    /** Adds a target language (validated) if the project does not have it yet. */
    public void addTargetLanguage(String tag, String actor) {
        String canonical = LanguageTags.validate(tag);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO project_language (tag, role) SELECT ?, 'target' WHERE NOT EXISTS "
                            + "(SELECT 1 FROM project_language WHERE tag = ?)")) {
                ps.setString(1, canonical);
                ps.setString(2, canonical);
                if (ps.executeUpdate() > 0) {
                    EventLog.append(c, actor, "language.added", "project", canonical, Map.of());
                }
            }
            return null;
        });
    }

    /** Counts for {@code indaba info} and the overview. */
    public ProjectInfo info() {
        ProjectSettings settings = settings();
        Map<String, Long> byKind = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<ItemKind, Long> e : items.countByKind().entrySet()) {
            byKind.put(e.getKey().code(), e.getValue());
            total += e.getValue();
        }
        Map<String, Map<TranslationStatus, Long>> tr = translations.countsByLanguage();
        Map<String, Long> cand = candidates.countsByLanguage();
        Map<String, Long> judg = judgements.countsByLanguage();
        Map<String, Long> aud = audits.countsByLanguage();
        java.util.Set<String> tags = new java.util.TreeSet<>(settings.targetLangs());
        tags.add(settings.sourceLang());
        tags.addAll(tr.keySet());
        tags.addAll(cand.keySet());
        tags.addAll(judg.keySet());
        tags.addAll(aud.keySet());
        tags.remove("und");
        Map<String, ProjectInfo.LanguageCounts> langs = new LinkedHashMap<>();
        for (String tag : tags) {
            Map<String, Long> byStatus = new TreeMap<>();
            long count = 0;
            long finished = 0;
            for (Map.Entry<TranslationStatus, Long> e : tr.getOrDefault(tag, Map.of()).entrySet()) {
                byStatus.put(e.getKey().code(), e.getValue());
                count += e.getValue();
                if (!e.getKey().unfinished()) {
                    finished += e.getValue();
                }
            }
            langs.put(tag, new ProjectInfo.LanguageCounts(tag, LanguageTags.displayName(tag),
                    settings.targetLangs().contains(tag), count, byStatus, finished, cand.getOrDefault(tag, 0L),
                    judg.getOrDefault(tag, 0L), aud.getOrDefault(tag, 0L)));
        }
        Map<String, Long> unlabeled = new LinkedHashMap<>();
        items.unlabeledByKind().forEach((k, n) -> unlabeled.put(k.code(), n));
        return new ProjectInfo(db.file().toString(), settings.name(), Migrations.LATEST, settings.sourceLang(), total,
                byKind, langs, unlabeled);
    }

    /** Runs SQLite's full integrity check and a foreign-key check; returns the problems found, empty when sound. */
    public List<String> integrityProblems() {
        try {
            return checkIntegrity();
        } catch (StoreException e) {
            // Badly damaged pages can make the check itself fail; that is a finding to show, not a crash.
            return List.of(e.getMessage());
        }
    }

    private List<String> checkIntegrity() {
        return db.read(c -> {
            List<String> problems = new ArrayList<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        problems.add(rs.getString(1));
                    }
                }
            }
            if (!problems.isEmpty()) {
                return problems;
            }
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("row " + rs.getLong(2) + " of table " + rs.getString(1)
                            + " points to a missing " + rs.getString(3));
                }
            }
            return problems;
        });
    }

    /** Takes an online backup now and returns its path. */
    public Path backup(String label) {
        return db.backups().create(label);
    }

    public Items items() {
        return items;
    }

    public Translations translations() {
        return translations;
    }

    public Candidates candidates() {
        return candidates;
    }

    public Judgements judgements() {
        return judgements;
    }

    public Annotators annotators() {
        return annotators;
    }

    public Audits audits() {
        return audits;
    }

    /** Work assignment, gold items and annotator queues. */
    public io.indaba.core.prefer.WorkQueue queue() {
        return queue;
    }

    public EventLog events() {
        return events;
    }

    /** The underlying database, for core features that write several records in one transaction. */
    public Database database() {
        return db;
    }

    /** Item count shortcut. */
    public long itemCount() {
        return items.count(ItemQuery.ALL);
    }

    /** The project file. */
    public Path file() {
        return db.file();
    }

    /** Lists this project's backups, newest first. */
    public List<Path> backups() {
        return Backups.list(db.file());
    }

    /**
     * The same project seen by an exporter as if it held only the items {@code keep} accepts (a subset export); the
     * view shares the open file, and closing it leaves the file open.
     */
    public Project restrictedTo(java.util.function.LongPredicate keep) {
        return new Project(db, keep);
    }

    @Override
    public void close() {
        if (owner) {
            db.close();
        }
    }
}
