package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL ({@code Process.destroyForcibly}) at a random moment, over and over, and
 * checks after each kill that the project opens, passes {@code PRAGMA integrity_check} and holds every record the
 * process had acknowledged. Cycles: {@code -Dindaba.crash.cycles} (default 200); seed: {@code -Dindaba.crash.seed}.
 */
class CrashTest {

    private static final int MIN_DELAY_MS = 20;
    private static final int MAX_DELAY_MS = 150;

    @TempDir
    Path dir;

    private final Set<String> judgements = new HashSet<>();
    private final Set<String> translations = new HashSet<>();
    private final Map<String, Integer> imports = new TreeMap<>();
    private final List<Path> backups = new ArrayList<>();
    private final Map<String, Integer> killedDuring = new TreeMap<>();
    private long startNanos;
    private long verifyNanos;

    @Test
    void everyAcknowledgedRecordSurvivesKillNine() throws Exception {
        int cycles = Integer.getInteger("indaba.crash.cycles", 200);
        long seed = Long.getLong("indaba.crash.seed", 20_240_611L);
        Random random = new Random(seed);
        Path file = dir.resolve("crash.indaba");
        try (Project p = TestProjects.create(file, 20)) {
            TestProjects.seed(p);
        }
        long start = System.nanoTime();
        List<String> command = ChildJvm.command(dir, CrashChild.class, List.of(file.toString()),
                List.of(file.toString(), "warm-up", "1", "30"));
        for (int cycle = 0; cycle < cycles; cycle++) {
            List<String> lines = runAndKill(command, cycle, random);
            int backupsBefore = backups.size();
            record(lines);
            long verifyStart = System.nanoTime();
            verify(file, cycle);
            if (backups.size() > backupsBefore && Files.exists(backups.getLast())) {
                verifyBackup(backups.getLast(), cycle);
            }
            verifyNanos += System.nanoTime() - verifyStart;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String summary = String.format("crash test: %d cycles in %.1f s (%.0f ms/cycle: child start %.0f ms, check "
                        + "%.0f ms), seed %d; acknowledged: %d judgements, %d translations, %d import batches, %d backups; "
                        + "killed during: %s", cycles, seconds, 1000 * seconds / cycles, startNanos / 1e6 / cycles,
                verifyNanos / 1e6 / cycles, seed, judgements.size(), translations.size(), imports.size(),
                backups.size(), killedDuring);
        System.out.println(summary);
        Files.writeString(ChildJvm.targetDir().resolve("crash-test-summary.txt"), summary + "\n");
        assertFalse(judgements.isEmpty(), "the child must get work acknowledged between kills: " + summary);
        assertTrue(killedDuring.keySet().stream().anyMatch(k -> !k.equals("between writes")),
                "kills must land while a write is under way: " + summary);
    }

    private List<String> runAndKill(List<String> command, int cycle, Random random) throws Exception {
        List<String> args = new ArrayList<>(command);
        args.add(String.valueOf(cycle));
        args.add(String.valueOf(random.nextLong()));
        Path stderr = dir.resolve("child-stderr.txt");
        long launched = System.nanoTime();
        Process child = new ProcessBuilder(args).redirectError(stderr.toFile()).start();
        List<String> lines = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.equals("STARTED")) {
                        started.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the pipe breaks when the child dies; what was read is what was acknowledged
            }
        });
        try {
            if (!started.await(60, TimeUnit.SECONDS)) {
                fail("cycle " + cycle + ": the child never started writing: " + Files.readString(stderr));
            }
            startNanos += System.nanoTime() - launched;
            Thread.sleep(MIN_DELAY_MS + random.nextInt(MAX_DELAY_MS - MIN_DELAY_MS + 1));
        } finally {
            child.destroyForcibly();
            child.waitFor();
            reader.join();
        }
        int exit = child.exitValue();
        if (exit != 137) {
            fail("cycle " + cycle + ": the child ended by itself (exit " + exit + ") instead of being killed: "
                    + Files.readString(stderr));
        }
        return lines;
    }

    private void record(List<String> lines) {
        String pending = null;
        for (String line : lines) {
            String[] parts = line.split(" ");
            switch (parts[0]) {
                case "W" -> pending = parts[1];
                case "J" -> judgements.add(parts[1]);
                case "T" -> translations.add(parts[1]);
                case "I" -> imports.put(parts[1], Integer.parseInt(parts[2]));
                case "B" -> backups.add(Path.of(parts[1]));
                default -> {
                    continue;
                }
            }
            if (!parts[0].equals("W")) {
                pending = null;
            }
        }
        killedDuring.merge(pending == null ? "between writes" : pending, 1, Integer::sum);
    }

    private void verify(Path file, int cycle) {
        try (Project p = Project.open(file)) {
            String check = p.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("ok", check, "cycle " + cycle + ": integrity_check");
            Set<String> stored = p.judgements().uids();
            for (String uid : judgements) {
                assertTrue(stored.contains(uid), "cycle " + cycle + ": acknowledged judgement lost: " + uid);
            }
            Set<String> revisions = p.database().read(c -> {
                Set<String> out = new HashSet<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT body FROM translation_revision WHERE author = 'crash'")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            for (String text : translations) {
                assertTrue(revisions.contains(text), "cycle " + cycle + ": acknowledged translation lost: " + text);
            }
            for (Map.Entry<String, Integer> batch : imports.entrySet()) {
                assertEquals(batch.getValue(), countItems(p, batch.getKey()),
                        "cycle " + cycle + ": acknowledged import incomplete: " + batch.getKey());
            }
            if (!backups.isEmpty()) {
                Path newest = backups.getLast();
                long newer = p.backups().stream().filter(b -> b.getFileName().toString()
                        .compareTo(newest.getFileName().toString()) > 0).count();
                assertTrue(Files.exists(newest) || newer >= Backups.KEEP,
                        "cycle " + cycle + ": acknowledged backup missing: " + newest);
            }
        }
    }

    /** A backup acknowledged in this cycle must be a sound database. */
    private static void verifyBackup(Path backup, int cycle) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1), "cycle " + cycle + ": quick_check of backup " + backup);
        }
    }

    private static int countItems(Project p, String prefix) {
        return p.database().read(c -> {
            // A range, not LIKE, so the unique index answers it: the check runs every cycle for every batch.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM item WHERE external_id > ? AND external_id < ?")) {
                ps.setString(1, prefix + "-");
                ps.setString(2, prefix + ".");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
