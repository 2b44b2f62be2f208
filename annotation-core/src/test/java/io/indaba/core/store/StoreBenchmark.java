package io.indaba.core.store;

import io.indaba.core.Progress;
import io.indaba.core.formats.Formats;
import io.indaba.core.formats.ImportOptions;
import io.indaba.core.item.Item;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * The store benchmark (a program, not a test): import rate of 1 KB JSONL items through Indaba's importer against a
 * bare JDBC batch insert of the same rows in the same run, and the latency of single durable saves.
 * Arguments: {@code [items (200000)] [saves (2000)]}. Run it with {@code bench/store.sh}.
 */
public final class StoreBenchmark {

    private static final String[] WORDS = ("the of and a to in is was for on that with as by at from his her which "
            + "or be are an this had not but what all were when we there can virus cell protein host immune "
            + "response infection replication genome antibody vaccine sample study result method data model "
            + "language translation annotator judgement preference candidate answer question option reason").split(" ");
    private static final String BARE_SCHEMA = """
            CREATE TABLE item (id INTEGER PRIMARY KEY, external_id VARCHAR(300) NOT NULL UNIQUE,
              kind VARCHAR(20) NOT NULL CHECK (kind IN ('mcq', 'winogrande', 'prompt', 'text')),
              source_lang VARCHAR(64) NOT NULL, collection VARCHAR(300) NOT NULL DEFAULT '',
              position INTEGER NOT NULL DEFAULT 0, fields TEXT NOT NULL, answer VARCHAR(100),
              meta TEXT NOT NULL DEFAULT '{}', source_hash VARCHAR(64) NOT NULL, created_at VARCHAR(40) NOT NULL,
              updated_at VARCHAR(40) NOT NULL);
            CREATE INDEX item_collection ON item (collection, position);
            CREATE INDEX item_kind ON item (kind)""";

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path work = Files.createTempDirectory("indaba-store-bench");
        try {
            run(work, items, saves);
        } finally {
            deleteTree(work);
        }
    }

    private static void run(Path work, int items, int saves) throws Exception {
        Path small = writeJsonl(work.resolve("warm-up.jsonl"), Math.min(items, 20_000));
        Path big = writeJsonl(work.resolve("items.jsonl"), items);
        System.out.printf("input: %,d items, %.1f MB (%.0f bytes/item)%n", items, Files.size(big) / 1e6,
                (double) Files.size(big) / items);

        // Warm-up: the same code paths on a smaller file, so both sides run JIT-compiled.
        try (Project warm = importOnce(work.resolve("warm.indaba"), small).project()) {
            bareInsert(work.resolve("warm-bare.db"), rows(warm));
        }

        // Alternate the two sides so that drift in a shared machine's load hits both alike.
        Run[] indaba = new Run[ROUNDS];
        Run[] bare = new Run[ROUNDS];
        Project kept = null;
        List<Object[]> rows = null;
        for (int r = 0; r < ROUNDS; r++) {
            Timed timed = importOnce(work.resolve("indaba-" + r + ".indaba"), big);
            indaba[r] = timed.run();
            if (rows == null) {
                rows = rows(timed.project());
                kept = timed.project();
            } else {
                timed.project().close();
            }
            bare[r] = bareInsert(work.resolve("bare-" + r + ".db"), rows);
        }
        rows = null;
        Run bestIndaba = best(indaba);
        Run bestBare = best(bare);
        System.out.printf("import, Indaba JSONL importer: %,.0f items/s best of %d (%s); CPU %.1f us/item, of which "
                        + "writer thread %.1f%n", bestIndaba.rate(), ROUNDS, rates(indaba), bestIndaba.cpuMicrosPerItem(),
                bestIndaba.writerMicrosPerItem());
        System.out.printf("import, bare JDBC batch insert: %,.0f items/s best of %d (%s); CPU %.1f us/item%n",
                bestBare.rate(), ROUNDS, rates(bare), bestBare.cpuMicrosPerItem());
        System.out.printf("import ratio Indaba/bare: %.2f best/best, %.2f median/median (target >= 0.5); "
                        + "1M items extrapolated: %.1f s (target <= 20 s)%n", bestIndaba.rate() / bestBare.rate(),
                median(indaba) / median(bare), 1_000_000 / bestIndaba.rate());

        try (Project project = kept) {
            saveLatencies(project, saves);
        }
    }

    private static final int ROUNDS = 3;

    /** One timed run: items per second of wall time, and process CPU time per item. */
    private record Run(double rate, double cpuMicrosPerItem, double writerMicrosPerItem) {
        static Run of(long items, long wallNanos, long cpuNanos, long writerNanos) {
            return new Run(items / (wallNanos / 1e9), cpuNanos / 1e3 / items, writerNanos / 1e3 / items);
        }
    }

    private record Timed(Project project, Run run) {
    }

    private static Run best(Run[] runs) {
        return Arrays.stream(runs).max(Comparator.comparingDouble(Run::rate)).orElseThrow();
    }

    private static double median(Run[] runs) {
        double[] rates = Arrays.stream(runs).mapToDouble(Run::rate).sorted().toArray();
        return rates[rates.length / 2];
    }

    private static String rates(Run[] runs) {
        return String.join(" / ", Arrays.stream(runs).map(r -> String.format("%,.0f", r.rate())).toList());
    }

    /** CPU time of the store's writer threads: the part of an import that cannot overlap with parsing. */
    private static long writerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals("indaba-store-writer")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Timed importOnce(Path projectFile, Path jsonl) throws IOException {
        Project project = Project.create(projectFile, new ProjectSettings("bench", "en", List.of("am")), "bench");
        long n = countLines(jsonl);
        long cpu = cpuNanos();
        long writer = writerCpuNanos();
        long t0 = System.nanoTime();
        Formats.importer("jsonl").importFile(project, jsonl, ImportOptions.defaults(), Progress.NONE);
        long t1 = System.nanoTime();
        Run run = Run.of(n, t1 - t0, cpuNanos() - cpu, writerCpuNanos() - writer);
        if (project.itemCount() != n) {
            throw new IllegalStateException("imported " + project.itemCount() + " of " + n);
        }
        return new Timed(project, run);
    }

    /** The rows exactly as Indaba stored them, for the bare insert. */
    private static List<Object[]> rows(Project project) {
        return project.database().read(c -> {
            List<Object[]> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT external_id, kind, "
                    + "source_lang, collection, position, fields, answer, meta, source_hash, created_at, updated_at "
                    + "FROM item ORDER BY id")) {
                while (rs.next()) {
                    Object[] row = new Object[11];
                    for (int i = 0; i < 11; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    /** Inserts {@code rows} with plain JDBC: same table, indexes and durability settings, one transaction. */
    private static Run bareInsert(Path file, List<Object[]> rows) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                for (String ddl : BARE_SCHEMA.split(";")) {
                    s.execute(ddl);
                }
            }
            c.setAutoCommit(false);
            long cpu = cpuNanos();
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (external_id, kind, source_lang, "
                    + "collection, position, fields, answer, meta, source_hash, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                    if (++pending == 2_000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            long cpuUsed = cpuNanos() - cpu;
            return Run.of(rows.size(), System.nanoTime() - t0, cpuUsed, cpuUsed);
        }
    }

    /**
     * Interleaves single durable saves of both kinds with a raw 8 KB write + fsync on the same disk, the floor any
     * durable commit pays, so a busy disk shows in all three alike.
     */
    private static void saveLatencies(Project project, int saves) throws IOException {
        TestProjects.Seeded seeded = TestProjects.seed(project);
        List<Item> items = project.items().page(io.indaba.core.item.ItemQuery.ALL, 0, 500);
        int warm = Math.max(200, saves / 10);
        long[] judgement = new long[saves];
        long[] translation = new long[saves];
        long[] fsync = new long[saves];
        Path raw = project.file().resolveSibling("fsync-baseline.bin");
        try (FileChannel channel = FileChannel.open(raw, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // Rewrite pages of a preallocated file, as SQLite reuses its WAL, and sync with fsync (not fdatasync), as
            // SQLite does: the write's new mtime costs a journal commit either way.
            ByteBuffer page = ByteBuffer.allocate(8192);
            for (int p = 0; p < 1024; p++) {
                page.clear();
                channel.write(page);
            }
            channel.force(true);
            for (int i = -warm; i < saves; i++) {
                Judgement j = TestProjects.judgement(seeded, "bench-" + i);
                long t0 = System.nanoTime();
                project.judgements().submit(j);
                long t1 = System.nanoTime();
                Item item = items.get(Math.floorMod(i, items.size()));
                var change = new Translations.Change(item.id(), "question", "am", "ትርጉም " + i,
                        TranslationStatus.DRAFT, Origin.HUMAN, "bench", item.sourceHash(), null);
                long t2 = System.nanoTime();
                project.translations().save(change);
                long t3 = System.nanoTime();
                page.clear();
                channel.write(page, 8192L * Math.floorMod(i, 1024));
                channel.force(true);
                long t4 = System.nanoTime();
                if (i >= 0) {
                    judgement[i] = t1 - t0;
                    translation[i] = t3 - t2;
                    fsync[i] = t4 - t3;
                }
            }
        }
        report("Judgements.submit", judgement, fsync);
        report("Translations.save", translation, fsync);
        long[] sorted = fsync.clone();
        Arrays.sort(sorted);
        System.out.printf("durable save, baseline: 8 KB rewritten in place + fsync on the same disk: p50 %.2f ms, p99 %.2f ms%n",
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
    }

    private static void report(String what, long[] nanos, long[] baseline) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long[] base = baseline.clone();
        Arrays.sort(base);
        System.out.printf("durable save, %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %,d (p50 %.1fx, p99 %.1fx "
                        + "a raw fsync; targets p50 <= 2 ms, p99 <= 10 ms)%n", what, percentile(sorted, 50) / 1e6,
                percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length,
                (double) percentile(sorted, 50) / percentile(base, 50), (double) percentile(sorted, 99) / percentile(base, 99));
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Writes {@code n} MCQ items of about 1 KB each, the same for a given {@code n}. */
    private static Path writeJsonl(Path file, int n) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                out.write("{\"id\":\"item-" + i + "\",\"kind\":\"mcq\",\"question\":\"" + words(random, 70)
                        + "?\",\"A\":\"" + words(random, 18) + "\",\"B\":\"" + words(random, 18) + "\",\"C\":\""
                        + words(random, 18) + "\",\"D\":\"" + words(random, 18) + "\",\"answer\":\""
                        + "ABCD".charAt(random.nextInt(4)) + "\",\"meta\":{\"subject\":\"virology\",\"source\":\"bench\"}}\n");
            }
        }
        return file;
    }

    private static String words(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static long countLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
