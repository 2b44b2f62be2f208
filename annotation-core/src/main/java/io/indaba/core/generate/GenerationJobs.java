package io.indaba.core.generate;

import io.indaba.core.store.Clock;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

/** The generation jobs recorded in a project: a rerun with the same settings resumes the job it left. */
final class GenerationJobs {

    /** A job as recorded, and whether this run picks up an unfinished one. */
    record Job(long id, boolean resumed, int runs) {
    }

    private GenerationJobs() {
    }

    /** Starts a run: the latest job with the same settings, run once more, or a new job. */
    static Job start(Database db, JobSettings settings, String actor) {
        String json = Json.write(settings.asRecord());
        return db.write(c -> {
            String now = Clock.now();
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT id, status, runs FROM generation_job WHERE settings = ? ORDER BY id DESC LIMIT 1")) {
                find.setString(1, json);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        long id = rs.getLong(1);
                        boolean resumed = !"finished".equals(rs.getString(2));
                        int runs = rs.getInt(3) + 1;
                        try (PreparedStatement up = c.prepareStatement("UPDATE generation_job SET status = 'running', "
                                + "runs = ?, updated_at = ? WHERE id = ?")) {
                            up.setInt(1, runs);
                            up.setString(2, now);
                            up.setLong(3, id);
                            up.executeUpdate();
                        }
                        EventLog.append(c, actor, "generation.resumed", "generation_job", id, Map.of("runs", runs));
                        return new Job(id, resumed, runs);
                    }
                }
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO generation_job (settings, status, created_by, "
                    + "started_at, updated_at) VALUES (?, 'running', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ins.setString(1, json);
                ins.setString(2, actor);
                ins.setString(3, now);
                ins.setString(4, now);
                ins.executeUpdate();
                try (ResultSet keys = ins.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    EventLog.append(c, actor, "generation.started", "generation_job", id, Map.of());
                    return new Job(id, false, 1);
                }
            }
        });
    }

    /** Records how a run ended. */
    static void finish(Database db, long id, int requested, int generated, int failed, String lastError,
                       boolean cancelled) {
        db.write(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE generation_job SET status = ?, requested = ?, "
                    + "generated = generated + ?, failed = ?, last_error = ?, updated_at = ? WHERE id = ?")) {
                up.setString(1, cancelled ? "cancelled" : failed > 0 ? "failed" : "finished");
                up.setInt(2, requested);
                up.setInt(3, generated);
                up.setInt(4, failed);
                up.setString(5, lastError);
                up.setString(6, Clock.now());
                up.setLong(7, id);
                up.executeUpdate();
            }
            return null;
        });
    }

    /** The settings job {@code id} was recorded with, or empty when the project has no such job. */
    static java.util.Optional<JobSettings> settings(java.sql.Connection c, long id) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT settings FROM generation_job WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                try {
                    return java.util.Optional.of(JobSettings.fromRecord(Json.MAPPER.readTree(rs.getString(1))));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("generation job " + id + " has damaged settings", e);
                }
            }
        }
    }

    /** Counts results stored for a job outside a live run (an imported batch). */
    static void addGenerated(java.sql.Connection c, long id, int stored) throws java.sql.SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE generation_job SET generated = generated + ?, "
                + "updated_at = ? WHERE id = ?")) {
            up.setInt(1, stored);
            up.setString(2, Clock.now());
            up.setLong(3, id);
            up.executeUpdate();
        }
    }

    /** Records how many requests a batch file holds; the job stays running until its results are imported. */
    static void batchWritten(Database db, long id, int requests) {
        db.write(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE generation_job SET requested = ?, updated_at = ? "
                    + "WHERE id = ?")) {
                up.setInt(1, requests);
                up.setString(2, Clock.now());
                up.setLong(3, id);
                up.executeUpdate();
            }
            return null;
        });
    }
}
