package io.indaba.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Forward-only schema migrations keyed on {@code PRAGMA user_version}. */
public final class Migrations {

    /** The schema version this build writes; files with a higher version are refused. */
    public static final int LATEST = 6;

    /** Marks a SQLite file as an Indaba project ("INDB"). */
    public static final int APPLICATION_ID = 0x494E4442;

    private static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__source_revision.sql",
            "V3__generation_job.sql", "V4__cultural_audit.sql", "V5__machine_drafts.sql",
            "V6__audit_queue_adaptation.sql");

    private Migrations() {
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static int applicationId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA application_id")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Runs every script above the file's version, each in the caller's transaction. */
    static void migrate(Connection c) throws SQLException {
        migrateTo(c, LATEST);
    }

    /** Runs every script above the file's version up to {@code target}. */
    static void migrateTo(Connection c, int target) throws SQLException {
        int from = userVersion(c);
        for (int version = from + 1; version <= target; version++) {
            String sql = load(SCRIPTS.get(version - 1));
            try (Statement s = c.createStatement()) {
                for (String statement : statements(sql)) {
                    s.execute(statement);
                }
                s.execute("PRAGMA user_version = " + version);
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
        }
    }

    /** Splits a script on semicolons that end a line; the scripts hold no triggers or literals with ';'. */
    static List<String> statements(String script) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("--")) {
                cleaned.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(cleaned.toString().split(";\\s*\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema script " + name, e);
        }
    }
}
